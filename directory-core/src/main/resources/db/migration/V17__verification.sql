-- When each record was last found true, by whom and how (by phone, by e-mail, from a source);
-- a record whose verification is older than a setting is stale. A verification is a change of
-- its own in the history, the record's version unchanged.
CREATE TABLE verification (
    record_kind VARCHAR(20)  NOT NULL,
    record_id   VARCHAR(100) NOT NULL,
    verified_on DATE         NOT NULL,
    verified_by VARCHAR(200) NOT NULL,
    how         VARCHAR(20)  NOT NULL,
    CONSTRAINT verification_pk PRIMARY KEY (record_kind, record_id),
    CONSTRAINT verification_how CHECK (how IN ('phone', 'email', 'source'))
);

ALTER TABLE record_change DROP CONSTRAINT record_change_action;
ALTER TABLE record_change ADD CONSTRAINT record_change_action
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'MERGE', 'VERIFY'));
