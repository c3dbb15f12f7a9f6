-- Attachment bytes may live outside the table (the embedded database keeps them as files named
-- by their SHA-256 so that a 10 MB upload does not stall the process): content is then NULL.
ALTER TABLE attachments ALTER COLUMN content DROP NOT NULL;
