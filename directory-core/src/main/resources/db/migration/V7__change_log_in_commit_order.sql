-- Positions in the change log are handed out in commit order: every transaction that writes
-- changes first locks this one row and holds it until it ends, so a reader that has seen a
-- position has seen every position before it. Without it, a transaction could take position 10,
-- another 11 and commit first, and a reader moving past 11 would never apply 10.
CREATE TABLE change_log_writer (
    singleton BOOLEAN DEFAULT TRUE PRIMARY KEY,
    CONSTRAINT change_log_writer_one CHECK (singleton)
);
INSERT INTO change_log_writer (singleton) VALUES (TRUE);
