-- Queue callback (docs/queues.md, "Callback"): a waiting caller presses callback_key to be called back when their turn
-- comes. Off by default; offered after callback_offer_after_seconds; a callback whose customer is busy or does not
-- answer is tried again callback_retries times, callback_retry_delay_seconds apart.
ALTER TABLE call_queue ADD COLUMN callback_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE call_queue ADD COLUMN callback_key VARCHAR(1) NOT NULL DEFAULT '1';
ALTER TABLE call_queue ADD COLUMN callback_offer_after_seconds INTEGER NOT NULL DEFAULT 30;
ALTER TABLE call_queue ADD COLUMN callback_retries INTEGER NOT NULL DEFAULT 2;
ALTER TABLE call_queue ADD COLUMN callback_retry_delay_seconds INTEGER NOT NULL DEFAULT 60;
