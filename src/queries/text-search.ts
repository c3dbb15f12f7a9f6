import { type SQL, sql } from "drizzle-orm";
import { complaints } from "../db/schema.ts";

/**
 * The text filter of every complaint list: a substring of one trigram-indexed column (migration
 * 0026: number, applicant's name, reasons, demands), `%`, `_` and `\` taken literally.
 */
export const matchesText = (q: string): SQL =>
  sql`${complaints.searchText} ilike ${`%${q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`}`;
