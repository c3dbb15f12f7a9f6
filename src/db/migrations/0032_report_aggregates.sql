-- Reports that scale (issue 12, item 5): the measures of the reports and the open data are
-- summed from daily aggregates per body, service and set of grounds, kept current by the job
-- runner (src/operations/refresh-report-aggregates.ts); only what depends on the day asked
-- (overdue now, registrations still open past their day) is read live from the open clocks.
-- One row per day a body received complaints, service ('' for none) and grounds stated: the
-- per-case tallies of src/domain/measure-tally.ts, summed.
CREATE TABLE report_daily (
  day date NOT NULL,
  body_id text NOT NULL REFERENCES organizations (id),
  service_id text NOT NULL,
  grounds jsonb NOT NULL,
  cases integer NOT NULL,
  reg_late integer NOT NULL,
  fwd_done integer NOT NULL,
  fwd_met integer NOT NULL,
  rev_done integer NOT NULL,
  rev_met integer NOT NULL,
  ot_done integer NOT NULL,
  ot_met integer NOT NULL,
  answered integer NOT NULL,
  escalated integer NOT NULL,
  esc_decided integer NOT NULL,
  esc_upheld integer NOT NULL,
  satisfied integer NOT NULL,
  partially_satisfied integer NOT NULL,
  not_satisfied integer NOT NULL,
  favourable_act integer NOT NULL,
  left_without_consideration integer NOT NULL,
  withdrawn integer NOT NULL,
  -- Refusals to consider by ground: {"ground": n}.
  refusals jsonb NOT NULL,
  -- Working days to answer as a histogram: element i (1-based) = answers after i - 1 working days.
  days integer[] NOT NULL,
  PRIMARY KEY (day, body_id, service_id, grounds)
);
CREATE INDEX report_daily_body_day_idx ON report_daily (body_id, day);

-- A complaint received at a second body (forward, redirect) is one complaint: each case with an
-- earlier case of the same complaint is a pair (the nearest earlier one), so that "received"
-- counts a complaint once in any set that holds both of them.
CREATE TABLE report_pairs (
  day date NOT NULL,
  body_id text NOT NULL REFERENCES organizations (id),
  prev_day date NOT NULL,
  prev_body_id text NOT NULL REFERENCES organizations (id),
  service_id text NOT NULL,
  grounds jsonb NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (day, body_id, prev_day, prev_body_id, service_id, grounds)
);

-- Complaints changed since the last refresh (a trigger on complaints: every step changes the
-- row, and the clocks' trigger touches it too); an escalation changes the earlier complaint's
-- "escalated" too.
CREATE TABLE report_dirty (complaint_id uuid PRIMARY KEY);

-- The calendar version the working days were counted on: another one (or no row yet, as after
-- this migration) means a full rebuild.
CREATE TABLE report_state (
  id smallint PRIMARY KEY CHECK (id = 1),
  calendar_version text NOT NULL,
  refreshed_at timestamptz NOT NULL
);

CREATE FUNCTION report_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO report_dirty (complaint_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
  IF NEW.escalated_from IS NOT NULL THEN
    INSERT INTO report_dirty (complaint_id) VALUES (NEW.escalated_from) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER complaints_report_dirty AFTER INSERT OR UPDATE ON complaints
  FOR EACH ROW EXECUTE FUNCTION report_mark_dirty();

-- The cases of a day (registration clocks by start) for the refresh, and the open clocks of a
-- case for the live part (overdue now).
CREATE INDEX deadlines_registration_start_idx ON deadlines (starts_on, organization_id)
  WHERE kind = 'registration';
CREATE INDEX deadlines_open_complaint_org_idx ON deadlines (complaint_id, organization_id, due)
  WHERE closed_on IS NULL;
