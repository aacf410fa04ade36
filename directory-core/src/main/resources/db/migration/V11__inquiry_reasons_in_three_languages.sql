-- The routing reasons of an inquiry in Spanish and French beside the English ones (one per line),
-- so staff and press contacts read them in their language. Older inquiries keep English only.
ALTER TABLE inquiry ADD COLUMN reasons_es VARCHAR(8000) DEFAULT '' NOT NULL;
ALTER TABLE inquiry ADD COLUMN reasons_fr VARCHAR(8000) DEFAULT '' NOT NULL;
