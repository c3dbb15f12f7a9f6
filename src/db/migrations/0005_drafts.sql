-- Portal drafts: the answers of the multi-step complaint form, kept on the server between steps
-- (one row per draft; `submitted_complaint_id` is set once, when the draft becomes a complaint).
CREATE TABLE complaint_drafts (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_complaint_id uuid REFERENCES complaints (id)
);
CREATE INDEX complaint_drafts_user_idx ON complaint_drafts (user_id, updated_at DESC);
