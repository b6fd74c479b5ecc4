-- Call detail records: one row per call, written behind call control when the call ends.
CREATE TABLE call_record (
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
    answered_at         TIMESTAMP WITH TIME ZONE,
    ended_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_seconds    INTEGER       NOT NULL,
    talk_seconds        INTEGER       NOT NULL,
    disposition         VARCHAR(16)   NOT NULL,
    ended_by            VARCHAR(64)
);

CREATE INDEX call_record_started_at ON call_record (started_at);
CREATE INDEX call_record_caller ON call_record (caller_number);
CREATE INDEX call_record_callee ON call_record (callee_number);
CREATE INDEX call_record_answered_by ON call_record (answered_by_number);
