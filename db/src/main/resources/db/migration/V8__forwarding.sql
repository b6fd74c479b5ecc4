-- Forwarding of extensions: rules (unconditional, unavailable, busy, no answer) and extra devices (outside phones
-- ringing with the extension's SIP phones). Everything goes with its extension (ON DELETE CASCADE).

CREATE TABLE extension_forwarding (
    extension_number  VARCHAR(32)  NOT NULL PRIMARY KEY REFERENCES extension (number) ON DELETE CASCADE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);

CREATE TABLE forwarding_rule (
    extension_number  VARCHAR(32)  NOT NULL REFERENCES extension_forwarding (extension_number) ON DELETE CASCADE,
    kind              VARCHAR(16)  NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    -- an extension number or an E.164 number; kept while the rule is off
    target            VARCHAR(32),
    -- ORIGINAL or COMPANY
    caller_id         VARCHAR(16)  NOT NULL,
    -- "key press required to answer": stored, not yet enforced
    confirm_by_key    BOOLEAN      NOT NULL,
    PRIMARY KEY (extension_number, kind)
);

CREATE TABLE forwarding_device (
    extension_number  VARCHAR(32)  NOT NULL REFERENCES extension_forwarding (extension_number) ON DELETE CASCADE,
    seq               INTEGER      NOT NULL,
    number            VARCHAR(32)  NOT NULL,
    confirm_by_key    BOOLEAN      NOT NULL,
    PRIMARY KEY (extension_number, seq)
);
