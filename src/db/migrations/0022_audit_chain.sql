-- Tamper-evident record (issue 10, item 7). Complaint events and audit rows are hash-chained: one
-- chain per complaint (`complaint:<id>`, its events and its audit rows together) and one global
-- chain (`global`) for audit rows not tied to a complaint. Each row keeps its chain, its place
-- (seq, from 1), the previous link's hash and its own: SHA-256 over a canonical serialisation
-- (src/domain/audit-chain.ts). The head of each chain (last place and hash) is locked by every
-- append (INSERT … ON CONFLICT DO UPDATE takes the row lock), so two transactions cannot fork a
-- chain; the unique indexes are a second guard. Rows written before this migration are chained
-- once at start-up by src/operations/audit-chain.ts (chainUnchained), in JavaScript, with the
-- same code that writes new links.
ALTER TABLE complaint_events
  ADD COLUMN chain text,
  ADD COLUMN seq bigint,
  ADD COLUMN prev_hash text,
  ADD COLUMN hash text;
ALTER TABLE audit_events
  ADD COLUMN chain text,
  ADD COLUMN seq bigint,
  ADD COLUMN prev_hash text,
  ADD COLUMN hash text;
CREATE UNIQUE INDEX complaint_events_chain_idx ON complaint_events (chain, seq);
CREATE UNIQUE INDEX audit_events_chain_idx ON audit_events (chain, seq);
CREATE INDEX complaint_events_unchained_idx ON complaint_events (id) WHERE hash IS NULL;
CREATE INDEX audit_events_unchained_idx ON audit_events (id) WHERE hash IS NULL;
CREATE TABLE audit_chain_heads (
  chain text PRIMARY KEY,
  seq bigint NOT NULL,
  hash text NOT NULL
);
