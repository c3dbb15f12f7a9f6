import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Db } from "../db/connection.ts";
import { calendarDays, calendarRevision, calendarYears } from "../db/schema.ts";
import { parseCalendarYear } from "../domain/calendar/index.ts";

const dir = fileURLToPath(new URL("../../data/calendar/", import.meta.url));

/**
 * Loads the shipped calendar files (`data/calendar/kz-<year>.json`) for the years the database
 * does not have yet; years already there keep the administrator's edits.
 */
export async function seedCalendar(db: Db): Promise<number[]> {
  const known = new Set(
    (await db.select({ year: calendarYears.year }).from(calendarYears)).map((r) => r.year),
  );
  const files = readdirSync(dir).filter((f) => /^kz-\d{4}\.json$/.test(f));
  const added: number[] = [];
  for (const file of files) {
    const data = parseCalendarYear(JSON.parse(readFileSync(dir + file, "utf8")));
    if (known.has(data.year)) continue;
    await db.transaction(async (tx) => {
      await tx
        .insert(calendarYears)
        .values({ year: data.year, sources: [...(data.sources ?? [])], notes: [...(data.notes ?? [])] });
      if (data.days.length) {
        await tx.insert(calendarDays).values(
          data.days.map((d) => ({
            date: d.date,
            working: d.working,
            kind: d.kind,
            nameKk: d.name.kk,
            nameRu: d.name.ru,
            nameEn: d.name.en,
            source: d.source,
            provisional: d.provisional,
          })),
        );
      }
      await tx.update(calendarRevision).set({ revision: sql`${calendarRevision.revision} + 1` });
    });
    added.push(data.year);
  }
  return added;
}
