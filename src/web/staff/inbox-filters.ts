import { z } from "zod";
import { GROUNDS } from "../../domain/complaint.ts";
import { ANSWERS } from "../../domain/measures.ts";
import { CASE_CLOCKS } from "../../queries/report-case-list.ts";
import { IsoDate } from "../api/v1/complaint-schemas.ts";

/**
 * The inbox's report filters: the complaints behind a number of the report (docs/reports.md,
 * "Every number links to its complaints"). Present when the query has `from` or `to`; each
 * checked here, an empty value meaning no filter.
 */
export const REPORT_FILTER_KEYS = [
  "from",
  "to",
  "body",
  "region",
  "answer",
  "refusal",
  "clock",
  "met",
  "escalated",
  "upheld",
  "unit",
] as const;

export const InboxReportFilters = z
  .object({
    from: IsoDate,
    to: IsoDate,
    body: z.string().max(50).optional(),
    region: z
      .string()
      .regex(/^\d{1,12}$/)
      .optional(),
    service: z.string().max(50).optional(),
    ground: z.enum(GROUNDS).optional(),
    answer: z.enum(ANSWERS).optional(),
    // A lawful ground (LEAVE_GROUNDS) or one recorded under an earlier list: a word.
    refusal: z
      .string()
      .regex(/^[a-z_]{1,40}$/)
      .optional(),
    overdue: z.enum(["1"]).optional(),
    clock: z.enum(CASE_CLOCKS).optional(),
    met: z.enum(["0", "1"]).optional(),
    escalated: z.enum(["1"]).optional(),
    upheld: z.enum(["1"]).optional(),
    unit: z.enum(["complaint", "case"]).optional(),
  })
  .refine((f) => f.from <= f.to, { path: ["to"], message: "period_order" });
export type InboxReportFilters = z.infer<typeof InboxReportFilters>;

/** The report filters of a query (the inbox's `?…`), empty values left out; undefined when none is given. */
export function reportFilterInput(raw: (k: string) => string): Record<string, string> | undefined {
  if (!raw("from") && !raw("to")) return undefined;
  const keys = [...REPORT_FILTER_KEYS, "service", "ground", "overdue"];
  return Object.fromEntries(keys.map((k) => [k, raw(k)]).filter(([, v]) => v));
}
