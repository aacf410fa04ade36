-- Staff accounts and the API tokens programs sign in with.

CREATE TABLE account (
    username        VARCHAR(100) PRIMARY KEY,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(320),
    role            VARCHAR(20)  NOT NULL,
    -- bcrypt; null for an account that signs in through the identity provider only
    password_hash   VARCHAR(100),
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    failed_sign_ins INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_role CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN'))
);

CREATE TABLE api_token (
    id           VARCHAR(40) PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES account (username) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    -- SHA-256 of the secret: the token itself is shown once and never stored
    secret_hash  VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_username ON api_token (username);
