-- A merge is a change of its own in the history: of the record that stayed, and the deletion of the
-- record that went.
ALTER TABLE record_change DROP CONSTRAINT record_change_action;
ALTER TABLE record_change ADD CONSTRAINT record_change_action
    CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'MERGE'));
