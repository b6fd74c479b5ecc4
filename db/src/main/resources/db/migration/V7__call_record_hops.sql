-- The forwards and transfers of a call, in order, so that its one record tells the whole story.
CREATE TABLE call_record_hop (
    call_id      VARCHAR(36)  NOT NULL REFERENCES call_record (id) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    hop_type     VARCHAR(16)  NOT NULL,
    from_number  VARCHAR(64)  NOT NULL,
    to_number    VARCHAR(64)  NOT NULL,
    reason       VARCHAR(32)  NOT NULL,
    hop_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (call_id, seq)
);
