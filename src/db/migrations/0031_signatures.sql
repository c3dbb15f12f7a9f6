-- One-time SMS codes that sign a complaint (issue 14): only the hash of the code is kept, with
-- the SHA-256 of the exact text it signs, its expiry, the wrong tries and when it was spent.
CREATE TABLE signature_challenges (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL,
  phone_masked text NOT NULL,
  sha256 text NOT NULL,
  code_hash text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
-- The resend pace and the hourly limit count a person's codes.
CREATE INDEX signature_challenges_user_created_idx ON signature_challenges (user_id, created_at);
