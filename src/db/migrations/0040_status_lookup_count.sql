-- A status lookup counted in one round trip (it was four: drop stale, insert, count, and drop the
-- refused one again). The client's lookups are serialized by a transaction-level advisory lock:
-- each statement in this function takes a fresh snapshot, so once the lock is held the count sees
-- every lookup committed before it, and concurrent requests cannot all slip under the limit. A
-- refused lookup is not kept, so the window slides.
CREATE FUNCTION count_status_lookup(who text, at_ timestamptz, since timestamptz, lim integer)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  recent integer;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('status_lookup:' || who));
  DELETE FROM status_lookups WHERE at < since;
  SELECT count(*) INTO recent FROM status_lookups WHERE client = who AND at > since;
  IF recent >= lim THEN
    RETURN false;
  END IF;
  INSERT INTO status_lookups (client, at) VALUES (who, at_);
  RETURN true;
END $$;
