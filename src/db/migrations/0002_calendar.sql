-- The official calendar as editable data: the exceptions to the Monday–Friday week, the years
-- with published data, and a revision bumped on every change (processes rebuild on a new one).
CREATE TABLE calendar_years (
  year integer PRIMARY KEY,
  sources jsonb NOT NULL DEFAULT '[]'::jsonb,
  notes jsonb NOT NULL DEFAULT '[]'::jsonb
);

CREATE TABLE calendar_days (
  date date PRIMARY KEY,
  working boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'moved_day_off', 'transfer', 'religious', 'working_day')),
  name_kk text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  source text NOT NULL,
  provisional boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users (id)
);

CREATE TABLE calendar_revision (
  id integer PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
