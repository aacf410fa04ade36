-- The inquiry desk: every step of an inquiry's history says what changed and who changed it,
-- and the e-mails it causes wait in an outbox until a mail server takes them.

ALTER TABLE inquiry_event ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'received';
ALTER TABLE inquiry_event ADD COLUMN office_id VARCHAR(100);
ALTER TABLE inquiry_event ADD COLUMN contact_id VARCHAR(100);
ALTER TABLE inquiry_event ADD COLUMN actor VARCHAR(200);
ALTER TABLE inquiry_event ADD CONSTRAINT inquiry_event_kind
    CHECK (kind IN ('received', 'reassigned', 'status', 'note'));

CREATE INDEX inquiry_status_received ON inquiry (status, received_at);
CREATE INDEX inquiry_office ON inquiry (office_id);

CREATE TABLE outbox_message (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    inquiry_id      VARCHAR(40) REFERENCES inquiry (id) ON DELETE CASCADE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient       VARCHAR(320),
    reply_to        VARCHAR(320),
    subject         VARCHAR(400) NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    CONSTRAINT outbox_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'UNADDRESSED'))
);
CREATE INDEX outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX outbox_message_inquiry ON outbox_message (inquiry_id);
ALTER TABLE inquiry ALTER COLUMN reasons SET DATA TYPE VARCHAR(8000);
