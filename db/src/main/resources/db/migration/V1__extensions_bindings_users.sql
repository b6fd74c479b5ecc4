-- Parley schema, version 1: extensions, registration bindings, console users.
-- Written in the SQL that PostgreSQL and H2 2.x both run. Sequences step by the allocation size of their entity
-- and start at it: EclipseLink takes the value it reads as the last of a block of that size.

CREATE SEQUENCE extension_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE extension (
    id              BIGINT       NOT NULL PRIMARY KEY,
    number          VARCHAR(32)  NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    -- SIP password, stored only as RFC 8760 digest hashes H(number:realm:password), one per algorithm
    sip_realm       VARCHAR(255) NOT NULL,
    sip_ha1_md5     VARCHAR(32)  NOT NULL,
    sip_ha1_sha256  VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT extension_number_unique UNIQUE (number)
);

CREATE SEQUENCE registration_binding_seq START WITH 500 INCREMENT BY 500;

-- Registrar bindings (RFC 3261 §10): written behind the in-memory registrar so a restart keeps them.
CREATE TABLE registration_binding (
    id                BIGINT        NOT NULL PRIMARY KEY,
    extension_number  VARCHAR(32)   NOT NULL,
    contact_uri       VARCHAR(1024) NOT NULL,
    q_value           VARCHAR(8),
    call_id           VARCHAR(255)  NOT NULL,
    cseq              BIGINT        NOT NULL,
    transport         VARCHAR(8)    NOT NULL,
    source_address    VARCHAR(64)   NOT NULL,
    user_agent        VARCHAR(255),
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX registration_binding_extension ON registration_binding (extension_number);

CREATE SEQUENCE console_user_seq START WITH 10 INCREMENT BY 10;

-- People who sign in to the console and the REST API. Passwords as PBKDF2 hashes only.
CREATE TABLE console_user (
    id             BIGINT       NOT NULL PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(512) NOT NULL,
    enabled        BOOLEAN      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT console_user_username_unique UNIQUE (username)
);

CREATE TABLE console_user_role (
    user_id  BIGINT      NOT NULL REFERENCES console_user (id) ON DELETE CASCADE,
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);
