-- The last change of a record is looked up for the REV of its vCard, a chunk of records at a time.
CREATE INDEX change_log_record ON change_log (entity, entity_id);
