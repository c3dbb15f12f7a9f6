-- Inbox text search through a trigram index (pg_trgm: a contrib extension of PostgreSQL, loaded
-- into PGlite by the connection), so that "contains" over number, applicant and text is an index
-- lookup, not a scan of every complaint of a body. The extension lives in `public` so that every
-- schema (the test suite's, an operator's) finds its operator class there.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

ALTER TABLE complaints ADD COLUMN search_text text GENERATED ALWAYS AS (
  coalesce(current_number, '') || ' ' ||
  coalesce(applicant->>'surname', '') || ' ' ||
  coalesce(applicant->>'name', '') || ' ' ||
  coalesce(applicant->>'patronymic', '') || ' ' ||
  coalesce(reasons, '') || ' ' ||
  coalesce(demands, '')
) STORED;

CREATE INDEX complaints_search_idx ON complaints USING gin (search_text public.gin_trgm_ops);
