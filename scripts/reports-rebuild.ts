// npm run reports:rebuild: counts the report sums (report_daily, report_pairs) again from every
// complaint, for the database named by DATABASE_URL or the embedded one in DATA_DIR (then the
// app must be stopped). The job runner keeps them current by itself (only what changed); this is
// for after a bulk import or a restore. Prints what it did and how long it took.
import { migrate } from "../src/db/migrate.ts";
import { refreshReportAggregates } from "../src/operations/refresh-report-aggregates.ts";
import { currentCalendar } from "../src/queries/calendar.ts";
import { onConfiguredDatabase } from "./configured-database.ts";

await onConfiguredDatabase("reports:rebuild", async (database) => {
  await migrate(database);
  const started = performance.now();
  const done = await refreshReportAggregates(database.db, await currentCalendar(database.db), { full: true });
  console.log(
    `report sums rebuilt: ${done?.days ?? 0} days in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});
