-- Change-log positions mean something only in the database that handed them out: this one row
-- names the database, so that a search index built from another one (or from a copy that has
-- since lost commits) is rebuilt rather than trusted. The value is made on first use.
CREATE TABLE change_log_origin (
    singleton BOOLEAN DEFAULT TRUE PRIMARY KEY,
    origin    VARCHAR(36) NOT NULL,
    CONSTRAINT change_log_origin_one CHECK (singleton)
);
