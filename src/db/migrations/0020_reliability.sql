-- Reliability (issue 10): an Idempotency-Key remembers the request it was first used for
-- (SHA-256 of method, path and body), so the same key with another request is refused.
ALTER TABLE idempotency_keys ADD COLUMN IF NOT EXISTS request_hash text;
