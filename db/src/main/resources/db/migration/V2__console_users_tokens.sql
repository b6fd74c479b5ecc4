-- Parley schema, version 2: console users linked to an extension, API tokens.
-- Written in the SQL that PostgreSQL and H2 2.x both run (see db/README.md).

-- An agent's own phone: the extension a console user answers on. Cleared when the extension is deleted.
ALTER TABLE console_user ADD COLUMN extension_number VARCHAR(32);
ALTER TABLE console_user ADD CONSTRAINT console_user_extension_fk
    FOREIGN KEY (extension_number) REFERENCES extension (number) ON DELETE SET NULL;

CREATE SEQUENCE api_token_seq START WITH 10 INCREMENT BY 10;

-- Tokens a console user created for the REST API (Authorization: Bearer). The secret itself is never stored: only
-- its SHA-256 (to find the token when it is presented) and its first characters (to tell tokens apart on screen).
CREATE TABLE api_token (
    id             BIGINT       NOT NULL PRIMARY KEY,
    owner_id       BIGINT       NOT NULL REFERENCES console_user (id) ON DELETE CASCADE,
    name           VARCHAR(100) NOT NULL,
    prefix         VARCHAR(16)  NOT NULL,
    secret_sha256  VARCHAR(64)  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    last_used_at   TIMESTAMP WITH TIME ZONE,
    version        BIGINT       NOT NULL,
    CONSTRAINT api_token_secret_unique UNIQUE (secret_sha256)
);

CREATE INDEX api_token_owner ON api_token (owner_id);
