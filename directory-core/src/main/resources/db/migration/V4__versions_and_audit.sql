-- Each organisation and person counts its versions, so an edit made on an older one is refused
-- rather than lost; every change to them is kept: who, when, and each field before and after.

ALTER TABLE organization ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN version BIGINT NOT NULL DEFAULT 1;

CREATE TABLE record_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    entity     VARCHAR(30)  NOT NULL,
    entity_id  VARCHAR(100) NOT NULL,
    action     VARCHAR(10)  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT record_change_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE'))
);
CREATE INDEX record_change_entity ON record_change (entity, entity_id);

CREATE TABLE record_change_field (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    change_id    BIGINT NOT NULL REFERENCES record_change (id) ON DELETE CASCADE,
    field        VARCHAR(50) NOT NULL,
    before_value VARCHAR(10000),
    after_value  VARCHAR(10000)
);
CREATE INDEX record_change_field_change ON record_change_field (change_id);
