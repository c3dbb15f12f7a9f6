-- Issue 11. The revision of the reference data (organizations, services, the calendar): every
-- process caches them in memory and rebuilds its copy when this number moved. The database bumps
-- it itself, in the transaction of any statement that changes one of those tables (seeding, an
-- administrator's calendar edit, a restore), so no writer can forget it and the caches of all
-- processes see the change on their next request.
CREATE TABLE reference_revision (
  id integer PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL
);
INSERT INTO reference_revision (id, revision) VALUES (1, 1);

CREATE FUNCTION bump_reference_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE reference_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER organizations_reference_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON organizations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision();
CREATE TRIGGER services_reference_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON services
  FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision();
CREATE TRIGGER calendar_days_reference_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision();
CREATE TRIGGER calendar_years_reference_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_years
  FOR EACH STATEMENT EXECUTE FUNCTION bump_reference_revision();
