-- Sign-in through an OpenID Connect provider (issue 14). A citizen whose account the provider
-- created has no local password: the hash is null and password sign-in never matches it.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;

-- One row per redirect to the provider, kept server-side until the callback takes it (once) or
-- it expires: the state (hashed), the browser it was started in (a hash of its CSRF token), the
-- PKCE verifier and the nonce, and the language to come back in. Nothing of it is in a cookie.
CREATE TABLE oidc_requests (
  state_hash text PRIMARY KEY,
  browser_hash text NOT NULL,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  lang text NOT NULL,
  -- The client address that started it: pending requests per address are limited.
  client text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_requests_expires_idx ON oidc_requests (expires_at);
CREATE INDEX oidc_requests_client_idx ON oidc_requests (client);
