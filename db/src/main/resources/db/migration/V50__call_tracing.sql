-- Call tracing (CRM): companies and contacts with their numbers in E.164, case files with their parties and
-- followers, call communications (one per traced call at most) and tasks / scheduled calls.
CREATE SEQUENCE crm_seq START WITH 10 INCREMENT BY 10;

CREATE TABLE company (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    notes       VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX company_name ON company (name);

CREATE TABLE company_phone (
    company_id  BIGINT       NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    number      VARCHAR(32)  NOT NULL,
    PRIMARY KEY (company_id, number)
);
CREATE INDEX company_phone_number ON company_phone (number);

CREATE TABLE contact (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    company_id  BIGINT        REFERENCES company (id) ON DELETE SET NULL,
    email       VARCHAR(254),
    notes       VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contact_name ON contact (name);

CREATE TABLE contact_phone (
    contact_id  BIGINT       NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    number      VARCHAR(32)  NOT NULL,
    PRIMARY KEY (contact_id, number)
);
CREATE INDEX contact_phone_number ON contact_phone (number);

CREATE TABLE case_file (
    id          BIGINT        NOT NULL PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    reference   VARCHAR(64)   NOT NULL UNIQUE,
    status      VARCHAR(16)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE case_contact (
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    contact_id  BIGINT NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, contact_id)
);

CREATE TABLE case_company (
    case_id     BIGINT NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    company_id  BIGINT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, company_id)
);

CREATE TABLE case_follower (
    case_id     BIGINT       NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    username    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (case_id, username)
);

CREATE TABLE activity (
    id          BIGINT        NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    assignee    VARCHAR(64)   NOT NULL,
    due_date    DATE          NOT NULL,
    done        BOOLEAN       NOT NULL,
    case_id     BIGINT        NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    contact_id  BIGINT        REFERENCES contact (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activity_assignee_due ON activity (assignee, due_date);

-- A party is a contact, a company, a user or a bare number (exactly one of the four).
CREATE TABLE communication (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    direction           VARCHAR(16)   NOT NULL,
    sender_contact      BIGINT        REFERENCES contact (id) ON DELETE SET NULL,
    sender_company      BIGINT        REFERENCES company (id) ON DELETE SET NULL,
    sender_user         VARCHAR(64),
    sender_number       VARCHAR(64),
    recipient_contact   BIGINT        REFERENCES contact (id) ON DELETE SET NULL,
    recipient_company   BIGINT        REFERENCES company (id) ON DELETE SET NULL,
    recipient_user      VARCHAR(64),
    recipient_number    VARCHAR(64),
    subject             VARCHAR(200),
    body                VARCHAR(4000),
    reached             BOOLEAN,
    message_left        BOOLEAN,
    processed           BOOLEAN,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_seconds    INTEGER       NOT NULL,
    call_id             VARCHAR(36)   UNIQUE,
    case_id             BIGINT        REFERENCES case_file (id) ON DELETE SET NULL,
    suggested_case_id   BIGINT        REFERENCES case_file (id) ON DELETE SET NULL,
    activity_id         BIGINT        REFERENCES activity (id) ON DELETE SET NULL,
    owner               VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX communication_case ON communication (case_id);
CREATE INDEX communication_owner ON communication (owner);
CREATE INDEX communication_started ON communication (started_at);
