-- Issue 11. A calendar edit no longer recomputes every running deadline inside its own
-- transaction (one statement locking a million clocks for a minute). It records a run, and the
-- run goes through the open clocks in batches, each in its own short transaction, in the order of
-- their ids (the cursor): the request that made the edit runs batches for a moment, the job
-- runner finishes. A later edit supersedes a running run and starts again on its calendar.
CREATE TABLE recompute_runs (
  id bigserial PRIMARY KEY,
  calendar_version text NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'finished', 'superseded')),
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  -- Open clocks when the run started (the progress bar's whole).
  total integer NOT NULL,
  done integer NOT NULL DEFAULT 0,
  changed integer NOT NULL DEFAULT 0,
  -- The clocks that could not be recomputed (running past the calendar), first 100 with why.
  failed integer NOT NULL DEFAULT 0,
  failures jsonb NOT NULL DEFAULT '[]',
  -- The last deadline id handled: the next batch starts after it.
  cursor uuid,
  -- Clocks in the next batch: adapted so that one batch holds its clocks for about 100 ms.
  batch integer NOT NULL DEFAULT 500,
  actor_id uuid,
  CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE UNIQUE INDEX recompute_runs_running_idx ON recompute_runs ((true)) WHERE status = 'running';

-- The batches walk the open clocks by id.
CREATE INDEX deadlines_open_id_idx ON deadlines (id) WHERE closed_on IS NULL;

-- A recompute gives every open clock the new calendar's version, and most clocks nothing else.
-- The clock trigger (0009) rewrote the complaint row for each of them (its nearest due date,
-- with every index of the complaint and the report's dirty mark): it now fires only when what
-- it derives from changed.
DROP TRIGGER deadlines_next_due ON deadlines;
CREATE TRIGGER deadlines_next_due AFTER INSERT OR DELETE ON deadlines
  FOR EACH ROW EXECUTE FUNCTION complaints_refresh_next_due();
CREATE TRIGGER deadlines_next_due_changed AFTER UPDATE ON deadlines
  FOR EACH ROW
  WHEN (OLD.due IS DISTINCT FROM NEW.due OR OLD.computed_due IS DISTINCT FROM NEW.computed_due
        OR OLD.closed_on IS DISTINCT FROM NEW.closed_on OR OLD.completed IS DISTINCT FROM NEW.completed
        OR OLD.complaint_id IS DISTINCT FROM NEW.complaint_id)
  EXECUTE FUNCTION complaints_refresh_next_due();
