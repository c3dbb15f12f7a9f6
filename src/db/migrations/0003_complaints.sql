-- Complaints, their registrations (one per body that registers it), running deadlines, the
-- event log (the applicant's marks and the audit trail are the same log), attachments and
-- idempotency keys.
CREATE TABLE services (
  id text PRIMARY KEY,
  code text,
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  provider_kind text,
  provider_ids jsonb NOT NULL DEFAULT '[]'::jsonb,
  source text
);

CREATE TABLE complaints (
  id uuid PRIMARY KEY,
  channel text NOT NULL CHECK (channel IN ('portal', 'office', 'contact_centre')),
  regime text NOT NULL CHECK (regime IN ('appc-2021', 'appeals-law-2007')),
  status text NOT NULL CHECK (status IN ('submitted', 'registered', 'in_execution', 'forwarded', 'decided',
    'left_without_consideration', 'withdrawn')),
  outcome text CHECK (outcome IN ('satisfied', 'partially_satisfied', 'not_satisfied', 'favourable_act')),
  holder_id text NOT NULL REFERENCES organizations (id),
  addressee_kind text NOT NULL CHECK (addressee_kind IN ('provider_head', 'akim', 'state_corporation_head',
    'informatization_authority', 'quality_authority')),
  addressee_id text NOT NULL REFERENCES organizations (id),
  respondent_id text NOT NULL REFERENCES organizations (id),
  respondent_officials jsonb NOT NULL DEFAULT '[]'::jsonb,
  service_id text REFERENCES services (id),
  grounds jsonb NOT NULL DEFAULT '[]'::jsonb,
  reasons text NOT NULL,
  demands text NOT NULL,
  learned_on date,
  filed_late boolean NOT NULL DEFAULT false,
  applicant_id uuid REFERENCES users (id),
  applicant jsonb NOT NULL,
  language text NOT NULL DEFAULT 'kk' CHECK (language IN ('kk', 'ru', 'en')),
  received_at timestamptz NOT NULL,
  filed_by uuid REFERENCES users (id),
  signature jsonb,
  executor_id uuid REFERENCES users (id),
  decision jsonb,
  escalated_from uuid REFERENCES complaints (id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX complaints_holder_status_idx ON complaints (holder_id, status);
CREATE INDEX complaints_applicant_idx ON complaints (applicant_id, created_at DESC);
CREATE INDEX complaints_escalated_from_idx ON complaints (escalated_from);

-- Gap-free numbering: one counter row per organization and year, incremented inside the
-- registering transaction (a rollback gives the number back).
CREATE TABLE registration_counters (
  organization_id text NOT NULL REFERENCES organizations (id),
  year integer NOT NULL,
  last integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organization_id, year)
);

CREATE TABLE registrations (
  id uuid PRIMARY KEY,
  complaint_id uuid NOT NULL REFERENCES complaints (id),
  organization_id text NOT NULL REFERENCES organizations (id),
  year integer NOT NULL,
  seq integer NOT NULL,
  number text NOT NULL,
  registered_on date NOT NULL,
  registered_at timestamptz NOT NULL,
  accepted_by jsonb NOT NULL,
  answer_by date NOT NULL,
  answer_place text NOT NULL,
  check_code text NOT NULL,
  UNIQUE (organization_id, year, seq),
  UNIQUE (number)
);
CREATE INDEX registrations_complaint_idx ON registrations (complaint_id, registered_at);

CREATE TABLE deadlines (
  id uuid PRIMARY KEY,
  complaint_id uuid NOT NULL REFERENCES complaints (id),
  organization_id text NOT NULL REFERENCES organizations (id),
  kind text NOT NULL CHECK (kind IN ('forward', 'review', 'extension')),
  body text NOT NULL CHECK (body IN ('provider', 'state_corporation', 'higher_body', 'akimat', 'quality_authority')),
  starts_on date NOT NULL,
  working_days integer NOT NULL,
  due date NOT NULL,
  computed_due date NOT NULL,
  announced_due date,
  basis_code text NOT NULL,
  calendar_version text NOT NULL,
  closed_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deadlines_open_due_idx ON deadlines (due) WHERE closed_on IS NULL;
CREATE INDEX deadlines_complaint_idx ON deadlines (complaint_id);

CREATE TABLE complaint_events (
  id bigserial PRIMARY KEY,
  complaint_id uuid NOT NULL REFERENCES complaints (id),
  at timestamptz NOT NULL,
  kind text NOT NULL,
  mark text,
  organization_id text REFERENCES organizations (id),
  actor_id uuid REFERENCES users (id),
  actor jsonb,
  note text,
  internal boolean NOT NULL DEFAULT false,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX complaint_events_complaint_idx ON complaint_events (complaint_id, id);

CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  owner_id uuid NOT NULL REFERENCES users (id),
  complaint_id uuid REFERENCES complaints (id),
  filename text NOT NULL,
  size integer NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX attachments_complaint_idx ON attachments (complaint_id);

CREATE TABLE idempotency_keys (
  user_id uuid NOT NULL REFERENCES users (id),
  key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  status integer,
  response jsonb,
  PRIMARY KEY (user_id, key)
);
