-- The directory's system of record. The Lucene index is derived from these tables.

CREATE TABLE topic (
    id          VARCHAR(100) PRIMARY KEY,
    label_en    VARCHAR(200) NOT NULL,
    label_es    VARCHAR(200) NOT NULL,
    label_fr    VARCHAR(200) NOT NULL,
    keywords_en VARCHAR(2000) NOT NULL DEFAULT '',
    keywords_es VARCHAR(2000) NOT NULL DEFAULT '',
    keywords_fr VARCHAR(2000) NOT NULL DEFAULT ''
);

CREATE TABLE organization (
    id          VARCHAR(100) PRIMARY KEY,
    kind        VARCHAR(30)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    local_name  VARCHAR(300),
    aliases     VARCHAR(2000) NOT NULL DEFAULT '',
    parent_id   VARCHAR(100) REFERENCES organization (id),
    country     CHAR(2),
    region      VARCHAR(200),
    city        VARCHAR(200),
    website     VARCHAR(500),
    phone_raw   VARCHAR(100),
    phone_e164  VARCHAR(20),
    phone_issue VARCHAR(300),
    email       VARCHAR(320),
    notes       VARCHAR(4000),
    CONSTRAINT organization_kind CHECK (kind IN
        ('ministry', 'department', 'municipal_service', 'mission_office', 'partner'))
);
CREATE INDEX organization_parent ON organization (parent_id);

CREATE TABLE organization_topic (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id VARCHAR(100) NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    topic_id        VARCHAR(100) NOT NULL REFERENCES topic (id),
    CONSTRAINT organization_topic_once UNIQUE (organization_id, topic_id)
);

CREATE TABLE mission_office (
    organization_id    VARCHAR(100) PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    covers_all         BOOLEAN NOT NULL DEFAULT FALSE,
    coverage           VARCHAR(1000) NOT NULL DEFAULT '',
    fallback_office_id VARCHAR(100) REFERENCES mission_office (organization_id)
);

CREATE TABLE person (
    id              VARCHAR(100) PRIMARY KEY,
    given_name      VARCHAR(200) NOT NULL,
    family_name     VARCHAR(200) NOT NULL,
    job_title       VARCHAR(300),
    organization_id VARCHAR(100) NOT NULL REFERENCES organization (id),
    roles           VARCHAR(1000) NOT NULL DEFAULT '',
    languages       VARCHAR(200) NOT NULL DEFAULT '',
    press_contact   BOOLEAN NOT NULL DEFAULT FALSE,
    visibility      VARCHAR(20) NOT NULL DEFAULT 'internal',
    notes           VARCHAR(4000),
    CONSTRAINT person_visibility CHECK (visibility IN ('public', 'internal'))
);
CREATE INDEX person_organization ON person (organization_id);

CREATE TABLE person_email (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id VARCHAR(100) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    type      VARCHAR(20) NOT NULL,
    address   VARCHAR(320) NOT NULL
);
CREATE INDEX person_email_person ON person_email (person_id);

CREATE TABLE person_phone (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id VARCHAR(100) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  INT NOT NULL,
    type      VARCHAR(20) NOT NULL,
    raw       VARCHAR(100) NOT NULL,
    e164      VARCHAR(20),
    issue     VARCHAR(300)
);
CREATE INDEX person_phone_person ON person_phone (person_id);

CREATE TABLE person_topic (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id VARCHAR(100) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    topic_id  VARCHAR(100) NOT NULL REFERENCES topic (id),
    CONSTRAINT person_topic_once UNIQUE (person_id, topic_id)
);

CREATE TABLE engagement (
    id          VARCHAR(100) PRIMARY KEY,
    kind        VARCHAR(30)  NOT NULL,
    title       VARCHAR(300) NOT NULL,
    period      VARCHAR(200),
    start_date  DATE,
    end_date    DATE,
    country     CHAR(2),
    places      VARCHAR(1000) NOT NULL DEFAULT '',
    figures     VARCHAR(2000) NOT NULL DEFAULT '',
    description VARCHAR(4000)
);

CREATE TABLE engagement_organization (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id   VARCHAR(100) NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    organization_id VARCHAR(100) NOT NULL REFERENCES organization (id),
    CONSTRAINT engagement_organization_once UNIQUE (engagement_id, organization_id)
);

CREATE TABLE engagement_person (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id VARCHAR(100) NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    person_id     VARCHAR(100) NOT NULL REFERENCES person (id),
    CONSTRAINT engagement_person_once UNIQUE (engagement_id, person_id)
);

CREATE TABLE engagement_topic (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id VARCHAR(100) NOT NULL REFERENCES engagement (id) ON DELETE CASCADE,
    topic_id      VARCHAR(100) NOT NULL REFERENCES topic (id),
    CONSTRAINT engagement_topic_once UNIQUE (engagement_id, topic_id)
);

CREATE TABLE inquiry (
    id                VARCHAR(40) PRIMARY KEY,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    name              VARCHAR(200) NOT NULL,
    outlet            VARCHAR(200),
    email             VARCHAR(320) NOT NULL,
    subject           VARCHAR(300) NOT NULL,
    message           VARCHAR(10000) NOT NULL,
    language          VARCHAR(10),
    country           CHAR(2),
    office_id         VARCHAR(100) REFERENCES organization (id),
    contact_id        VARCHAR(100) REFERENCES person (id),
    reasons           VARCHAR(4000) NOT NULL DEFAULT '',
    status            VARCHAR(20) NOT NULL DEFAULT 'new',
    CONSTRAINT inquiry_status CHECK (status IN ('new', 'assigned', 'answered', 'closed'))
);

CREATE TABLE inquiry_event (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id VARCHAR(40) NOT NULL REFERENCES inquiry (id) ON DELETE CASCADE,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status     VARCHAR(20) NOT NULL,
    note       VARCHAR(4000)
);

-- Every committed change to a searchable record appends a row here, in the same transaction.
-- The search index remembers the last sequence number it applied, so it can catch up after a
-- restart, and later web nodes can each keep a replica current from this log.
CREATE TABLE change_log (
    seq        BIGINT AUTO_INCREMENT PRIMARY KEY,
    entity     VARCHAR(30)  NOT NULL,
    entity_id  VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
