-- Call queues (ACD), their agents and the queue event log. Sequences step by their entity's allocation size and
-- start at it (see V1).

CREATE SEQUENCE call_queue_seq START WITH 10 INCREMENT BY 10;

-- A queue: callers dialling its extension wait here until an agent answers. Times in seconds; 0 for max_wait_seconds
-- and max_callers means "no limit". The agent connection / disconnection numbers are what a dynamic agent dials.
CREATE TABLE call_queue (
    id                      BIGINT       NOT NULL PRIMARY KEY,
    name                    VARCHAR(64)  NOT NULL,
    extension_number        VARCHAR(32)  NOT NULL,
    strategy                VARCHAR(16)  NOT NULL,
    max_wait_seconds        INTEGER      NOT NULL,
    fallback_extension      VARCHAR(32),
    agent_ring_seconds      INTEGER      NOT NULL,
    retry_seconds           INTEGER      NOT NULL,
    wrap_up_seconds         INTEGER      NOT NULL,
    max_callers             INTEGER      NOT NULL,
    service_level_seconds   INTEGER      NOT NULL,
    join_when_empty         BOOLEAN      NOT NULL,
    leave_when_empty        BOOLEAN      NOT NULL,
    connection_number       VARCHAR(32),
    disconnection_number    VARCHAR(32),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT       NOT NULL,
    CONSTRAINT call_queue_name_unique UNIQUE (name),
    CONSTRAINT call_queue_extension_unique UNIQUE (extension_number),
    CONSTRAINT call_queue_strategy_known
        CHECK (strategy IN ('RINGALL', 'LEASTRECENT', 'FEWESTCALLS', 'RANDOM', 'RRMEMORY', 'LINEAR'))
);

-- The agents of a queue in their order (linear and rrmemory follow it): static ones always connected, dynamic ones
-- connected on demand.
CREATE TABLE call_queue_member (
    queue_id          BIGINT       NOT NULL,
    member_order      INTEGER      NOT NULL,
    extension         VARCHAR(32)  NOT NULL,
    kind              VARCHAR(8)   NOT NULL,
    PRIMARY KEY (queue_id, member_order),
    CONSTRAINT call_queue_member_queue FOREIGN KEY (queue_id) REFERENCES call_queue (id) ON DELETE CASCADE,
    CONSTRAINT call_queue_member_kind_known CHECK (kind IN ('STATIC', 'DYNAMIC'))
);

CREATE SEQUENCE queue_event_seq START WITH 100 INCREMENT BY 100;

-- The queue event log, under Asterisk queue_log names (ENTERQUEUE, CONNECT, ABANDON …), written behind the queues.
-- call_id is the call record's id. No foreign key to call_queue: a deleted queue keeps its history.
CREATE TABLE queue_event (
    id              BIGINT       NOT NULL PRIMARY KEY,
    queue_id        BIGINT       NOT NULL,
    queue_name      VARCHAR(64)  NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    event           VARCHAR(24)  NOT NULL,
    call_id         VARCHAR(36),
    agent           VARCHAR(32),
    caller          VARCHAR(64),
    position        INTEGER,
    orig_position   INTEGER,
    wait_seconds    INTEGER,
    talk_seconds    INTEGER,
    ring_ms         BIGINT,
    login_seconds   INTEGER,
    reason          VARCHAR(100)
);

CREATE INDEX queue_event_queue_time ON queue_event (queue_id, occurred_at);
CREATE INDEX queue_event_call ON queue_event (call_id);
