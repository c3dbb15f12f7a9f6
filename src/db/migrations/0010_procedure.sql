-- The procedure as the law has it (issue 9): what is appealed, when the current holder received
-- the complaint (its clocks start from that, not from a click), the applicant's request to
-- restore a missed filing term and the reviewing body's answer to it, clocks that say whether
-- they were met or only stopped, and outgoing letter numbers.
ALTER TABLE complaints ADD COLUMN appealed text NOT NULL DEFAULT 'body' CHECK (appealed IN ('body', 'employee'));
ALTER TABLE complaints ADD COLUMN received_here_at timestamptz;
UPDATE complaints c SET received_here_at = COALESCE(
  (SELECT max(e.at) FROM complaint_events e WHERE e.complaint_id = c.id AND e.kind IN ('forwarded', 'redirected')),
  c.received_at);
ALTER TABLE complaints ALTER COLUMN received_here_at SET NOT NULL;
ALTER TABLE complaints ADD COLUMN late_reason text;
-- null: not decided (or not late); true: restored; false: refused with reasons.
ALTER TABLE complaints ADD COLUMN term_restored boolean;
-- The reasoned refusal to consider (left without consideration), with its outgoing letter.
ALTER TABLE complaints ADD COLUMN refusal jsonb;

ALTER TABLE deadlines DROP CONSTRAINT IF EXISTS deadlines_kind_check;
ALTER TABLE deadlines ADD CONSTRAINT deadlines_kind_check
  CHECK (kind IN ('registration', 'forward', 'redirect', 'review', 'extension'));
-- true when the act the clock measures closed it (met, or missed when late); false when the
-- clock was only stopped by something else (closed, or missed when already past due).
ALTER TABLE deadlines ADD COLUMN completed boolean NOT NULL DEFAULT false;
UPDATE deadlines SET completed = true WHERE closed_on IS NOT NULL;

-- Outgoing letters (decision, refusal): gap-free numbers per organization and year.
CREATE TABLE letter_counters (
  organization_id text NOT NULL REFERENCES organizations (id),
  year integer NOT NULL,
  last integer NOT NULL DEFAULT 0,
  PRIMARY KEY (organization_id, year)
);
