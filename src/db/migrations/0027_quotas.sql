-- Per-person quotas (uploads, drafts, filings in the last hour) and per-recipient pacing of
-- applicant notices are counted on these.
CREATE INDEX attachments_owner_created_idx ON attachments (owner_id, created_at);
CREATE INDEX complaint_drafts_user_created_idx ON complaint_drafts (user_id, created_at);
CREATE INDEX complaints_filed_by_created_idx ON complaints (filed_by, created_at);
CREATE INDEX delivery_ledger_recipient_idx ON delivery_ledger (recipient, at);
