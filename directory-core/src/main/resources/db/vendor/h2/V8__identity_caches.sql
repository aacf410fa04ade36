-- H2 only (Flyway's location db/vendor/{vendor}). Each time an identity column has handed out
-- the values it keeps in hand (32 by default) H2 writes its whole store to the file, the open
-- transaction's changes included: an import of 100,000 people wrote it some 80,000 times. With
-- 10,000 in hand it writes a few hundred times. Values stay in order; after a crash some are
-- skipped, which no reader minds (change-log positions may have gaps). PostgreSQL keeps its
-- default: a sequence cache there is per session and would hand out positions out of order.
ALTER TABLE organization_topic ALTER COLUMN id SET CACHE 10000;
ALTER TABLE person_email ALTER COLUMN id SET CACHE 10000;
ALTER TABLE person_phone ALTER COLUMN id SET CACHE 10000;
ALTER TABLE person_topic ALTER COLUMN id SET CACHE 10000;
ALTER TABLE engagement_organization ALTER COLUMN id SET CACHE 10000;
ALTER TABLE engagement_person ALTER COLUMN id SET CACHE 10000;
ALTER TABLE engagement_topic ALTER COLUMN id SET CACHE 10000;
ALTER TABLE inquiry_event ALTER COLUMN id SET CACHE 10000;
ALTER TABLE outbox_message ALTER COLUMN id SET CACHE 10000;
ALTER TABLE record_change ALTER COLUMN id SET CACHE 10000;
ALTER TABLE record_change_field ALTER COLUMN id SET CACHE 10000;
ALTER TABLE change_log ALTER COLUMN seq SET CACHE 10000;
