-- Home visits (issue 15, seed 000): the contact centre's request for a State Corporation employee
-- to accept a person's documents where they live, tracked to the visit. The health note
-- (mobility_note) is shown to the branch, its field employee and the operator who took it only,
-- and never exported.
CREATE TABLE home_visits (
  id uuid PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  branch_id text NOT NULL,
  status text NOT NULL,
  applicant jsonb NOT NULL,
  region_code text,
  district text NOT NULL,
  address text NOT NULL,
  service_id text NOT NULL,
  mobility_note text,
  preferred text,
  language text NOT NULL,
  created_by uuid NOT NULL,
  received_at timestamptz NOT NULL,
  starts_on date NOT NULL,
  working_days integer NOT NULL,
  due date NOT NULL,
  scheduled_on date,
  time_window text,
  employee_id uuid,
  documents jsonb NOT NULL DEFAULT '[]'::jsonb,
  cancel_reason text
);
CREATE INDEX home_visits_branch_due_idx ON home_visits (branch_id, due);
CREATE INDEX home_visits_created_by_idx ON home_visits (created_by, received_at);
CREATE INDEX home_visits_employee_day_idx ON home_visits (employee_id, scheduled_on);

-- Each step with its actor and time: the history the person, the branch and a complaint see.
CREATE TABLE home_visit_events (
  id bigserial PRIMARY KEY,
  visit_id uuid NOT NULL REFERENCES home_visits (id),
  at timestamptz NOT NULL,
  kind text NOT NULL,
  actor_id uuid,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX home_visit_events_visit_idx ON home_visit_events (visit_id, id);
