-- Issue 11 (calendar recompute). A changed clock rewrote its complaint's row even when the
-- complaint's nearest due date stayed what it was (a review moved while the registration clock
-- was nearer; a computed date moved under an announced one), and every rewrite of a complaint
-- row writes an entry into each of its eleven indexes, the trigram index of its text included.
-- The row is now rewritten only when the nearest due date changes; otherwise the complaint is
-- only marked for the report's next refresh, as the rewrite's own trigger would have done.
CREATE OR REPLACE FUNCTION complaints_refresh_next_due() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  complaint uuid := COALESCE(NEW.complaint_id, OLD.complaint_id);
BEGIN
  UPDATE complaints c
     SET next_due = n.due
    FROM (SELECT min(d.due) AS due FROM deadlines d WHERE d.complaint_id = complaint AND d.closed_on IS NULL) n
   WHERE c.id = complaint AND c.next_due IS DISTINCT FROM n.due;
  IF NOT FOUND THEN
    INSERT INTO report_dirty (complaint_id)
    SELECT x FROM complaints c, unnest(ARRAY[c.id, c.escalated_from]) AS x
     WHERE c.id = complaint AND x IS NOT NULL
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
