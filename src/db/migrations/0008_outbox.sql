-- Notices: an outbox written in the same transaction as every mark, claimed by dispatchers with
-- FOR UPDATE SKIP LOCKED, and a ledger of every delivery attempt. Cabinet notices are rows too.
ALTER TABLE users ADD COLUMN notify_via text NOT NULL DEFAULT 'email' CHECK (notify_via IN ('email', 'sms', 'cabinet'));

CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  dedupe_key text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('email', 'sms', 'cabinet')),
  recipient text NOT NULL,
  user_id uuid REFERENCES users (id),
  complaint_id uuid REFERENCES complaints (id),
  template text NOT NULL,
  language text NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  claimed_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  read_at timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX outbox_user_idx ON outbox (user_id, created_at DESC) WHERE channel = 'cabinet';

CREATE TABLE delivery_ledger (
  id bigserial PRIMARY KEY,
  outbox_id bigint NOT NULL REFERENCES outbox (id),
  at timestamptz NOT NULL DEFAULT now(),
  channel text NOT NULL,
  recipient text NOT NULL,
  template text NOT NULL,
  status text NOT NULL CHECK (status IN ('sent', 'retry', 'failed')),
  provider_response text,
  worker text
);
CREATE INDEX delivery_ledger_outbox_idx ON delivery_ledger (outbox_id);
