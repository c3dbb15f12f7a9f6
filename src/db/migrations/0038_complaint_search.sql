-- Issue 11. The search text (number, applicant's name, reasons and demands) was a generated
-- column of the complaint with a trigram GIN index, so every rewrite of a complaint row — each
-- step, each move of its nearest due date — indexed its whole text again (and now and then paid
-- for the GIN's pending list). It now lives in a table of its own, written when the complaint is
-- filed and when what it is made of changes (the number, at registration); steps and clocks no
-- longer touch the trigram index.
CREATE TABLE complaint_search (
  complaint_id uuid PRIMARY KEY REFERENCES complaints (id) ON DELETE CASCADE,
  search_text text NOT NULL
);

CREATE FUNCTION complaint_search_text(c complaints) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(c.current_number, '') || ' ' ||
         coalesce(c.applicant->>'surname', '') || ' ' ||
         coalesce(c.applicant->>'name', '') || ' ' ||
         coalesce(c.applicant->>'patronymic', '') || ' ' ||
         coalesce(c.reasons, '') || ' ' ||
         coalesce(c.demands, '')
$$;

CREATE FUNCTION complaint_search_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO complaint_search (complaint_id, search_text) VALUES (NEW.id, complaint_search_text(NEW))
  ON CONFLICT (complaint_id) DO UPDATE SET search_text = excluded.search_text;
  RETURN NULL;
END $$;

CREATE TRIGGER complaints_search_insert AFTER INSERT ON complaints
  FOR EACH ROW EXECUTE FUNCTION complaint_search_write();
CREATE TRIGGER complaints_search_update AFTER UPDATE OF current_number, applicant, reasons, demands ON complaints
  FOR EACH ROW
  WHEN (OLD.current_number IS DISTINCT FROM NEW.current_number OR OLD.applicant IS DISTINCT FROM NEW.applicant
        OR OLD.reasons IS DISTINCT FROM NEW.reasons OR OLD.demands IS DISTINCT FROM NEW.demands)
  EXECUTE FUNCTION complaint_search_write();

INSERT INTO complaint_search (complaint_id, search_text) SELECT c.id, c.search_text FROM complaints c;
DROP INDEX complaints_search_idx;
ALTER TABLE complaints DROP COLUMN search_text;
CREATE INDEX complaint_search_idx ON complaint_search USING gin (search_text public.gin_trgm_ops);
