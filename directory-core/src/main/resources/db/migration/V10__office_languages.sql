-- The working languages of a mission office, in order (one per line, ISO 639-1): the e-mail that
-- hands an inquiry to its press contact is written in the first of them. English until set.
ALTER TABLE mission_office ADD COLUMN languages VARCHAR(200) DEFAULT 'en' NOT NULL;
