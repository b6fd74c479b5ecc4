-- Parley schema, version 75: voicemail (docs/voicemail.md). Messages are rows with their recording, like uploaded
-- sounds: a database backup holds them, every node of a cluster reads the same ones, and a restart loses none.

-- A mailbox: an extension's own (a row only once something differs from the defaults: every extension has a box,
-- switched on) or a shared box with a number of its own in the one number space.
CREATE TABLE mailbox (
    number      VARCHAR(32)   NOT NULL PRIMARY KEY,
    kind        VARCHAR(16)   NOT NULL,
    name        VARCHAR(128)  NOT NULL,
    enabled     BOOLEAN       NOT NULL,
    pin_hash    VARCHAR(200),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mailbox_kind_known CHECK (kind IN ('EXTENSION', 'SHARED'))
);

-- The extensions notified of a shared box's messages (their users may also listen to it).
CREATE TABLE mailbox_member (
    mailbox_number  VARCHAR(32)  NOT NULL REFERENCES mailbox (number) ON DELETE CASCADE,
    extension       VARCHAR(32)  NOT NULL,
    PRIMARY KEY (mailbox_number, extension)
);

-- A message left in a box: the caller, when, how long, whether it was heard, and the recording (an 8 kHz mono 16-bit
-- PCM WAV file, 16 kB a second: the 180 s default maximum is 2.9 MB).
CREATE TABLE voicemail_message (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    mailbox_number  VARCHAR(32)   NOT NULL,
    caller_number   VARCHAR(64)   NOT NULL,
    caller_name     VARCHAR(128)  NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_ms     INTEGER       NOT NULL,
    heard           BOOLEAN       NOT NULL,
    wav             BYTEA         NOT NULL,
    CONSTRAINT voicemail_message_duration CHECK (duration_ms > 0)
);
CREATE INDEX voicemail_message_box ON voicemail_message (mailbox_number, received_at);
