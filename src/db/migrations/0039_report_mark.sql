-- One rule for marking a complaint for the report's next refresh — the complaint, and the one it
-- escalates, whose "escalated" changes with it — used by the complaints' own trigger (0032) and
-- by the clocks' trigger when it leaves the complaint row as it was (0037), which had each
-- written it out.
CREATE FUNCTION report_mark(complaint uuid, earlier uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO report_dirty (complaint_id)
  SELECT x FROM unnest(ARRAY[complaint, earlier]) AS x WHERE x IS NOT NULL
  ON CONFLICT DO NOTHING
$$;

CREATE OR REPLACE FUNCTION report_mark_dirty() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_mark(NEW.id, NEW.escalated_from);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION complaints_refresh_next_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  complaint uuid := COALESCE(NEW.complaint_id, OLD.complaint_id);
BEGIN
  UPDATE complaints c
     SET next_due = n.due
    FROM (SELECT min(d.due) AS due FROM deadlines d WHERE d.complaint_id = complaint AND d.closed_on IS NULL) n
   WHERE c.id = complaint AND c.next_due IS DISTINCT FROM n.due;
  IF NOT FOUND THEN
    PERFORM report_mark(c.id, c.escalated_from) FROM complaints c WHERE c.id = complaint;
  END IF;
  RETURN NULL;
END $$;
