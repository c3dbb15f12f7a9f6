import { randomUUID } from "node:crypto";
import type { z } from "@hono/zod-openapi";
import type { AddresseeKind, Ground } from "../../domain/complaint.ts";
import type { FieldIssue } from "../../domain/errors.ts";
import { receiptDateIssues } from "../../domain/receipt-date.ts";
import type { OrganizationKind } from "../../domain/roles.ts";
import { localIso } from "../../domain/time.ts";
import { type Lang, t } from "../../i18n/index.ts";
import { IsoDate, OfficeComplaintBody } from "../api/v1/complaint-schemas.ts";
import type { Checked } from "../forms.ts";
import { dateValue, fieldIssues } from "../validation.ts";

/** How many official rows the paper form offers. */
export const OFFICIAL_ROWS = 2;

/** The raw values of an intake form, as typed (kept to show the form again). */
export type IntakeForm = {
  values: Record<string, string>;
  grounds: string[];
  attachmentIds: string[];
  acceptIncomplete: boolean;
  idempotencyKey: string;
};

type Body = Record<string, string | File | (string | File)[]>;
const first = (v: Body[string] | undefined): string => {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === "string" ? x : "";
};
const all = (v: Body[string] | undefined): (string | File)[] =>
  v === undefined ? [] : Array.isArray(v) ? v : [v];

/** The text fields of the form, by name (the JSON path of the API body, or a form-only name). */
export const TEXT_FIELDS = [
  "addressee.kind",
  "addressee.organizationId",
  "receivedAt.date",
  "receivedAt.time",
  "backdateReason",
  "applicant.surname",
  "applicant.name",
  "applicant.patronymic",
  "applicant.iin",
  "applicant.postalAddress",
  "applicant.phones",
  "applicant.email",
  "respondent.organizationId",
  ...Array.from({ length: OFFICIAL_ROWS }, (_, i) =>
    ["position", "surname", "name"].map((k) => `respondent.officials.${i}.${k}`),
  ).flat(),
  "appealed",
  "serviceId",
  "reasons",
  "demands",
  "learnedOn",
  "lateReason",
] as const;

/** The date inputs of the form (three fields each, read back into one value). */
const DATE_FIELDS = new Set<string>(["receivedAt.date", "learnedOn"]);

/** An empty form: what is appealed defaults to the body's own act (as in the API). */
export function blankIntakeForm(
  values: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {},
): IntakeForm {
  return {
    values: { ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, ""])), appealed: "body", ...values },
    grounds: [],
    attachmentIds: [],
    acceptIncomplete: false,
    idempotencyKey: randomUUID(),
  };
}

/** Reads a posted intake form (`parseBody({ all: true })`). */
export function readIntakeForm(body: Body): IntakeForm {
  const values: Record<string, string> = {};
  for (const name of TEXT_FIELDS)
    values[name] = DATE_FIELDS.has(name) ? (dateValue((k) => first(body[k]), name) ?? "") : first(body[name]);
  return {
    values,
    grounds: all(body.grounds).filter((g): g is string => typeof g === "string" && g !== ""),
    attachmentIds: all(body.attachmentIds).filter(
      (a): a is string => typeof a === "string" && /^[0-9a-f-]{36}$/i.test(a),
    ),
    acceptIncomplete: first(body.acceptIncomplete) === "1",
    idempotencyKey: first(body.idempotencyKey).slice(0, 100),
  };
}

/** The files posted in `scans` (empty file inputs send a nameless empty part). */
export function postedFiles(body: Body): File[] {
  // multipartBody leaves out a file input sent empty.
  return all(body.scans).filter((f): f is File => f instanceof File);
}

/** The addressee kind a registrar's own organization takes complaints as. */
export function ownAddresseeKind(kind: OrganizationKind | null): AddresseeKind {
  switch (kind) {
    case "akimat":
      return "akim";
    case "state_corporation":
      return "state_corporation_head";
    case "quality_authority":
      return "quality_authority";
    case "informatization_authority":
      return "informatization_authority";
    default:
      return "provider_head";
  }
}

const officialRows = (v: Record<string, string>) => {
  const rows = Array.from({ length: OFFICIAL_ROWS }, (_, i) => ({
    position: v[`respondent.officials.${i}.position`]?.trim() ?? "",
    surname: v[`respondent.officials.${i}.surname`]?.trim() ?? "",
    name: v[`respondent.officials.${i}.name`]?.trim() ?? "",
  }));
  return rows.filter((r, i) => i === 0 || r.position || r.surname || r.name);
};

const phonesOf = (raw: string) =>
  raw
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);

/** The API body the form stands for (the same schema as `POST /office/complaints`). */
export function toApiBody(f: IntakeForm, mode: "office" | "callCentre") {
  const v = f.values;
  const date = v["receivedAt.date"]?.trim() ?? "";
  const time = v["receivedAt.time"]?.trim() || "00:00";
  let rows = officialRows(v);
  // An untouched first row with a filled second one: the second is the official.
  if (rows.length > 1 && !rows[0]!.position && !rows[0]!.surname && !rows[0]!.name) rows = rows.slice(1);
  return {
    addressee: { kind: v["addressee.kind"] ?? "", organizationId: v["addressee.organizationId"] ?? "" },
    respondent: { organizationId: v["respondent.organizationId"] ?? "", officials: rows },
    serviceId: v.serviceId?.trim() || null,
    grounds: f.grounds,
    reasons: v.reasons ?? "",
    demands: v.demands ?? "",
    learnedOn: v.learnedOn?.trim() || null,
    appealed: v.appealed?.trim() || undefined,
    lateReason: v.lateReason?.trim() || null,
    applicant: {
      surname: v["applicant.surname"] ?? "",
      name: v["applicant.name"] ?? "",
      patronymic: v["applicant.patronymic"]?.trim() || null,
      iin: v["applicant.iin"]?.replace(/\s+/g, "") ?? "",
      postalAddress: v["applicant.postalAddress"] ?? "",
      phones: phonesOf(v["applicant.phones"] ?? ""),
      email: v["applicant.email"]?.trim() || null,
    },
    attachmentIds: f.attachmentIds,
    ...(mode === "office" && date
      ? {
          receivedAt: localIso(date, time),
          backdateReason: v.backdateReason?.trim() || null,
        }
      : {}),
  };
}

/** The field of the form that shows an issue of the API body (a form field maps to itself). */
export function formField(field: string, mode: "office" | "callCentre"): string {
  if (field.startsWith("applicant.phones")) return "applicant.phones";
  if (field.startsWith("grounds")) return "grounds";
  if (field.startsWith("attachmentIds")) return "scans";
  if (field === "receivedAt") return "receivedAt.date";
  if (field === "respondent.officials") return "respondent.officials.0.position";
  if (mode === "office" && field.startsWith("addressee")) return "respondent.organizationId";
  return field;
}

/** The catalogue key of each field's label (errors name the field). */
export function labelKey(field: string): string {
  const official = /^respondent\.officials\.(\d+)\.(position|surname|name)$/.exec(field);
  if (official) return `officeIntake.official.${official[2]}`;
  return `officeIntake.field.${field}`;
}

/** The label of a field in `lang`, with the official's row number where there are rows. */
export function labelOf(lang: Lang, field: string): string {
  const official = /^respondent\.officials\.(\d+)\./.exec(field);
  const label = t(lang, labelKey(field));
  return official ? `${t(lang, "officeIntake.official", { n: Number(official[1]) + 1 })}: ${label}` : label;
}

/** The fields in the order of the form (the order of the paper), for the error summary. */
const ORDER: readonly string[] = [
  ...TEXT_FIELDS.slice(0, TEXT_FIELDS.indexOf("serviceId") + 1),
  "grounds",
  ...TEXT_FIELDS.slice(TEXT_FIELDS.indexOf("serviceId") + 1),
  "scans",
];
const rank = (field: string) => {
  const i = ORDER.indexOf(field);
  return i === -1 ? ORDER.length : i;
};

/** The issues in the order of the form's fields, for the error summary. */
export const inFormOrder = (issues: FieldIssue[]): FieldIssue[] =>
  [...issues].sort((a, b) => rank(a.field) - rank(b.field));

/** The required elements of a complaint (domain.md) a registrar may accept missing, with a flag. */
const FLAGGABLE =
  /^(applicant\.(surname|name|postalAddress)|respondent\.officials\.\d+\.(position|surname|name)|grounds|reasons|demands)$/;

/** The API's body, and the required elements a registrar accepted missing (listed for the log). */
export type Intake = { body: z.infer<typeof OfficeComplaintBody>; missing: string[] };

const Strict = OfficeComplaintBody;
const CallCentre = OfficeComplaintBody.omit({ receivedAt: true, backdateReason: true });

/**
 * Validates the form as the API would. A required element left empty on a paper complaint is
 * refused field by field — unless the registrar ticked "accept with missing elements", when the
 * complaint is accepted and the missing elements are listed for the log (never dropped silently).
 */
export function checkIntake(f: IntakeForm, mode: "office" | "callCentre", now: Date): Checked<Intake> {
  const body = toApiBody(f, mode);
  const issues: FieldIssue[] = [];
  if (mode === "office") {
    const date = f.values["receivedAt.date"]?.trim() ?? "";
    const time = f.values["receivedAt.time"]?.trim() ?? "";
    if (!date) issues.push({ field: "receivedAt.date", code: "required" });
    else if (!IsoDate.safeParse(date).success) issues.push({ field: "receivedAt.date", code: "date_real" });
    if (time && !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(time))
      issues.push({ field: "receivedAt.time", code: "time_invalid" });
    else if (date && body.receivedAt && !Number.isNaN(Date.parse(body.receivedAt)))
      for (const issue of receiptDateIssues(new Date(body.receivedAt), now, body.backdateReason ?? null))
        issues.push({ ...issue, field: formField(issue.field, mode) });
  }
  const learnedOn = f.values.learnedOn ?? "";
  if (learnedOn && !IsoDate.safeParse(learnedOn).success)
    issues.push({ field: "learnedOn", code: "date_real" });
  const parsed = (mode === "office" ? Strict : CallCentre).safeParse(body);
  if (!parsed.success) {
    for (const issue of fieldIssues(parsed.error)) {
      const field = formField(issue.field, mode);
      if (field === "receivedAt.date" && issues.some((i) => i.field === field)) continue;
      // An empty list of grounds or an unchosen option reads "required", like an empty text.
      const empty = field === "grounds" ? f.grounds.length === 0 : (f.values[field] ?? "x").trim() === "";
      const code = empty && issue.code === "invalid" ? "required" : issue.code;
      if (issues.some((i) => i.field === field)) continue;
      issues.push({ ...issue, field, code });
    }
  }
  if (issues.length === 0 && parsed.success)
    return { ok: true, data: { body: parsed.data as z.infer<typeof Strict>, missing: [] } };

  const missing = issues.filter((i) => i.code === "required" && FLAGGABLE.test(i.field));
  if (mode !== "office" || !f.acceptIncomplete || missing.length !== issues.length)
    return { ok: false, issues };
  // Every problem is a missing element and the registrar accepts it: take what the paper says.
  return {
    ok: true,
    data: {
      body: {
        ...(body as unknown as z.infer<typeof Strict>),
        grounds: body.grounds.filter((g): g is Ground => typeof g === "string") as Ground[],
        reasons: body.reasons.trim(),
        demands: body.demands.trim(),
        applicant: {
          ...body.applicant,
          surname: body.applicant.surname.trim(),
          name: body.applicant.name.trim(),
          postalAddress: body.applicant.postalAddress.trim(),
        },
        respondent: {
          organizationId: body.respondent.organizationId,
          officials: body.respondent.officials.filter((o) => o.position || o.surname || o.name),
        },
      },
      missing: missing.map((i) => i.field),
    },
  };
}
