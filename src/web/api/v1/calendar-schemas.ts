import { z } from "@hono/zod-openapi";
import type { DayKind as DayKindValue } from "../../../domain/calendar/index.ts";

/** The bodies of the calendar's changes, shared by the API and the administrator's page. */

const text = (max: number) => z.string().trim().min(1).max(max);

export const DAY_KINDS = [
  "holiday",
  "moved_day_off",
  "transfer",
  "religious",
  "working_day",
] as const satisfies readonly DayKindValue[];

export const DayKind = z.enum(DAY_KINDS).openapi("CalendarDayKind");

/** A day off or an extra working day as the administrator sets it (PUT /calendar/days/{date}). */
export const SetDayFields = z.object({
  working: z.boolean(),
  kind: DayKind,
  name: z.object({ kk: text(200), ru: text(200), en: text(200) }),
  source: text(1000),
  provisional: z.boolean().optional(),
  reason: text(2000),
});

/** Why and on what authority an exception is removed (DELETE /calendar/days/{date}). */
export const RemoveFields = z.object({ reason: text(2000), source: text(1000) });
