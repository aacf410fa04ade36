-- Uploads previewed and waiting for an editor to confirm them, kept in the database so that any
-- node can apply them; removed once applied or after a day. H2 keeps the file as a BLOB.
CREATE TABLE pending_upload (
    id            VARCHAR(40)  PRIMARY KEY,
    name          VARCHAR(300) NOT NULL,
    content       BLOB         NOT NULL,
    organizations VARCHAR(20000) DEFAULT '' NOT NULL,
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
