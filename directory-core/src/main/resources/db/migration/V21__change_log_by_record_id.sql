-- A chunk of records' last changes (vCards' REV, a batch of an address book's cards at a time) is
-- looked up as entity_id = ANY(?): H2 reads an index for that only when the id leads it, and
-- chose the kind of V19's index instead, reading every change of that kind for each chunk.
DROP INDEX change_log_record;
CREATE INDEX change_log_record_id ON change_log (entity_id);
