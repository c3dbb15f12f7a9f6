-- The staff side: indexes for the inbox (plain btree: PGlite has no pg_trgm, text search is
-- ILIKE over one organization's rows, which the holder index narrows first).
-- The nearest open due date of a complaint: an index-only lookup per inbox row.
CREATE INDEX deadlines_open_complaint_due_idx ON deadlines (complaint_id, due) WHERE closed_on IS NULL;
-- The inbox of an organization in its default order (open statuses, oldest first) and by executor.
CREATE INDEX complaints_holder_status_received_idx ON complaints (holder_id, status, received_at, id);
CREATE INDEX complaints_holder_executor_idx ON complaints (holder_id, executor_id);
-- The current registration of a complaint (its number) without sorting.
CREATE INDEX registrations_complaint_registered_idx ON registrations (complaint_id, registered_at DESC) INCLUDE (number);
