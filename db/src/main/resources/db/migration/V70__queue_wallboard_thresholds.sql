-- Wallboard thresholds per queue (docs/queues.md, "Wallboard"): past the amber / red limit the wallboard colours the
-- figure. Each is optional (NULL: no colour). Waiting callers, the longest wait (seconds) and the abandon rate
-- (percent) are worse upwards, so red lies above amber; the service level (percent) is worse downwards, so red lies
-- below amber.
ALTER TABLE call_queue ADD COLUMN waiting_amber INTEGER;
ALTER TABLE call_queue ADD COLUMN waiting_red INTEGER;
ALTER TABLE call_queue ADD COLUMN longest_wait_amber_seconds INTEGER;
ALTER TABLE call_queue ADD COLUMN longest_wait_red_seconds INTEGER;
ALTER TABLE call_queue ADD COLUMN service_level_amber_percent INTEGER;
ALTER TABLE call_queue ADD COLUMN service_level_red_percent INTEGER;
ALTER TABLE call_queue ADD COLUMN abandon_rate_amber_percent INTEGER;
ALTER TABLE call_queue ADD COLUMN abandon_rate_red_percent INTEGER;
