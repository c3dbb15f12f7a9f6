-- Public status checks (number + check code), counted per client so that the limit holds across
-- app processes: one row per lookup, pruned once older than the window.
CREATE TABLE status_lookups (
  id bigserial PRIMARY KEY,
  client text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_lookups_client_at_idx ON status_lookups (client, at);
CREATE INDEX status_lookups_at_idx ON status_lookups (at);
