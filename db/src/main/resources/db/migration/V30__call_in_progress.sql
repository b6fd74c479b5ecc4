-- Calls in progress, written behind call control when a call starts (and when it is answered), deleted when its call
-- record is written. What is left at start-up belongs to calls a crash interrupted: each becomes a call record with
-- disposition INTERRUPTED.
CREATE TABLE call_in_progress (
    id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
    direction           VARCHAR(16)   NOT NULL,
    caller_number       VARCHAR(64)   NOT NULL,
    caller_name         VARCHAR(100),
    callee_number       VARCHAR(64)   NOT NULL,
    callee_name         VARCHAR(100),
    answered_by_number  VARCHAR(64),
    answered_by_device  VARCHAR(1024),
    trunk               VARCHAR(32),
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at         TIMESTAMP WITH TIME ZONE
);
