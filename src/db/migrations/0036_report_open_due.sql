-- Reports that scale (issue 12, item 5): "overdue now" and the registrations still open past
-- their day no longer join the open clocks live. Each row of the daily sums keeps its open cases
-- by the earliest last day of their open clocks ({"2026-05-04": 3}), and its open registration
-- clocks by their day; a case is overdue on a day after that date, so both are sums of the
-- entries before the day asked. A clock opening or closing changes the complaint (its trigger),
-- which marks the complaint for the next refresh like every other change.
ALTER TABLE report_daily
  ADD COLUMN open_due jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN reg_open_due jsonb NOT NULL DEFAULT '{}';
-- The sums are counted again (with the new columns) on the next refresh.
DELETE FROM report_state;

-- The recently overdue list reads the open clocks backwards by last day, then complaint and body,
-- and stops after its 20 cases: the open clocks' index gains the two columns of that order.
DROP INDEX IF EXISTS deadlines_open_due_idx;
CREATE INDEX deadlines_open_due_idx ON deadlines (due, complaint_id, organization_id) WHERE closed_on IS NULL;
