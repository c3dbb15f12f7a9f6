// npm run audit:verify: checks every hash chain of the record (complaint events and audit rows,
// issue 10 item 7). Exit 0 with a one-line summary, or 1 naming the first broken link. Reads the
// database named by DATABASE_URL, or the embedded one in DATA_DIR (then the app must be stopped:
// the DATA_DIR lock refuses while it runs). Read-only.
import { describeBreak, verifyAllChains } from "../src/queries/audit-chain.ts";
import { onConfiguredDatabase } from "./configured-database.ts";

await onConfiguredDatabase("audit:verify", async (database) => {
  const report = await verifyAllChains(database.db).catch((error: Error) => {
    throw new Error(
      /audit_chain_heads|column .*(chain|hash)/.test(error.message)
        ? "the database has no audit chains yet (migration 0022): start the application once to upgrade it"
        : error.message,
    );
  });
  if (report.ok) {
    console.log(`audit chains verified: ${report.chains} chains, ${report.links} links, no break`);
  } else {
    console.error(`audit chain broken: ${describeBreak(report.broken)}`);
  }
  return report.ok;
});
