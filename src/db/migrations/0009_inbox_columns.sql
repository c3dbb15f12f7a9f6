-- The inbox and list read the nearest open due date and the current registration number from
-- the complaint row itself, kept right by triggers on deadlines and registrations, so that a page
-- of an organization with 100 000 complaints is an index range scan, not a sort of all of them.
ALTER TABLE complaints ADD COLUMN next_due date;
ALTER TABLE complaints ADD COLUMN current_number text;
-- 0 = still to be registered here (first in the inbox), 1 = registered.
ALTER TABLE complaints ADD COLUMN inbox_rank smallint
  GENERATED ALWAYS AS (CASE WHEN status IN ('submitted', 'forwarded') THEN 0 ELSE 1 END) STORED;

CREATE FUNCTION complaints_refresh_next_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE complaints c
     SET next_due = (SELECT min(d.due) FROM deadlines d WHERE d.complaint_id = c.id AND d.closed_on IS NULL)
   WHERE c.id = COALESCE(NEW.complaint_id, OLD.complaint_id);
  RETURN NULL;
END $$;
CREATE TRIGGER deadlines_next_due AFTER INSERT OR UPDATE OR DELETE ON deadlines
  FOR EACH ROW EXECUTE FUNCTION complaints_refresh_next_due();

CREATE FUNCTION complaints_set_current_number() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE complaints SET current_number = NEW.number WHERE id = NEW.complaint_id;
  RETURN NULL;
END $$;
CREATE TRIGGER registrations_current_number AFTER INSERT ON registrations
  FOR EACH ROW EXECUTE FUNCTION complaints_set_current_number();

UPDATE complaints c SET
  next_due = (SELECT min(d.due) FROM deadlines d WHERE d.complaint_id = c.id AND d.closed_on IS NULL),
  current_number = (SELECT r.number FROM registrations r WHERE r.complaint_id = c.id ORDER BY r.registered_at DESC LIMIT 1);

CREATE INDEX complaints_inbox_idx ON complaints (holder_id, inbox_rank, next_due, received_at, id);
CREATE INDEX complaints_current_number_idx ON complaints (current_number);
-- Overdue and due-soon counts of an organization's open complaints, from the index alone.
CREATE INDEX complaints_open_due_idx ON complaints (holder_id, next_due)
  WHERE status IN ('submitted', 'forwarded', 'registered', 'in_execution');
