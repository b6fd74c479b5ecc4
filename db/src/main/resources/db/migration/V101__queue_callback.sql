-- Pending queue callbacks (docs/queues.md, "Callback"): the virtual entries keeping callers' places, so that a restart
-- keeps them and their order (entered_at, then id). A row goes when its callback connects or fails.
CREATE TABLE queue_callback (
    id              VARCHAR(64)  PRIMARY KEY,
    queue_id        BIGINT       NOT NULL REFERENCES call_queue (id) ON DELETE CASCADE,
    number          VARCHAR(32)  NOT NULL,
    requested_by    VARCHAR(64)  NOT NULL,
    entered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    orig_position   INTEGER      NOT NULL,
    failures        INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX queue_callback_queue ON queue_callback (queue_id, entered_at);
