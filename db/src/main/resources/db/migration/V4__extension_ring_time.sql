-- How long an extension's devices ring before a call to it gives up (seconds).
ALTER TABLE extension ADD COLUMN ring_seconds INTEGER DEFAULT 30 NOT NULL;
