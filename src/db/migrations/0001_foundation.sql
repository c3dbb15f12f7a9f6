-- Organizations, people, sessions, sign-in failures and the audit trail.
CREATE TABLE organizations (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('provider', 'state_corporation', 'akimat', 'quality_authority',
    'informatization_authority', 'ministry', 'contact_centre')),
  parent_id text REFERENCES organizations (id),
  reviewing_body_id text REFERENCES organizations (id),
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  address_kk text,
  address_ru text,
  address_en text,
  phones jsonb NOT NULL DEFAULT '[]'::jsonb,
  region_code text,
  source text
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('citizen', 'staff')),
  role text NOT NULL CHECK (role IN ('citizen', 'registrar', 'executor', 'head', 'operator', 'admin')),
  login text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  iin text UNIQUE,
  surname text NOT NULL,
  name text NOT NULL,
  patronymic text,
  email text,
  phone text,
  organization_id text REFERENCES organizations (id),
  position_kk text,
  position_ru text,
  position_en text,
  language text NOT NULL DEFAULT 'kk',
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'citizen') = (iin IS NOT NULL))
);
CREATE INDEX users_organization_idx ON users (organization_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE sign_in_failures (
  id bigserial PRIMARY KEY,
  login text NOT NULL,
  address text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_login_idx ON sign_in_failures (login, at);
CREATE INDEX sign_in_failures_address_idx ON sign_in_failures (address, at);

CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users (id),
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  request_id text
);
CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, at);
