import { z } from "zod";
import { addresseeValue } from "../../../domain/addressees.ts";
import type { ComplaintInput, Official } from "../../../domain/complaint.ts";
import { DomainError, type FieldCode, type FieldIssue } from "../../../domain/errors.ts";
import type { DraftData } from "../../../queries/drafts.ts";
import { ComplaintBody, IsoDate, toInput } from "../../api/v1/complaint-schemas.ts";
import { dateValue, fieldIssues } from "../../validation.ts";

/** The question pages in order; `check` and `declaration` follow. */
export const STEPS = [
  "respondent",
  "appealed",
  "service",
  "addressee",
  "officials",
  "grounds",
  "reasons",
  "demands",
  "learned",
  "contacts",
  "attachments",
] as const;
export type Step = (typeof STEPS)[number];

export const isStep = (s: string): s is Step => (STEPS as readonly string[]).includes(s);

export function nextStep(step: Step): Step | "check" {
  return STEPS[STEPS.indexOf(step) + 1] ?? "check";
}

export function previousStep(step: Step | "check" | "declaration"): Step | "check" | null {
  if (step === "declaration") return "check";
  if (step === "check") return "attachments";
  return STEPS[STEPS.indexOf(step) - 1] ?? null;
}

/** Whether a step has its answer (the attachments step never blocks). */
export function answered(step: Step, d: DraftData): boolean {
  switch (step) {
    case "respondent":
      return Boolean(d.respondentId);
    case "appealed":
      return Boolean(d.appealed);
    case "service":
      return d.serviceAnswered === true;
    case "addressee":
      return Boolean(d.addressee);
    case "officials":
      return Boolean(d.officials?.length);
    case "grounds":
      return Boolean(d.grounds?.length);
    case "reasons":
      return Boolean(d.reasons);
    case "demands":
      return Boolean(d.demands);
    case "learned":
      return Boolean(d.learnedOn);
    case "contacts":
      return Boolean(d.postalAddress);
    case "attachments":
      return true;
  }
}

export const unanswered = (d: DraftData): Step[] => STEPS.filter((s) => !answered(s, d));

export type Form = Record<string, string | File | (string | File)[]>;

/** One text value of a form field (the first when repeated). */
export function value(form: Form, name: string): string {
  const v = form[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === "string" ? first : "";
}

export function values(form: Form, name: string): string[] {
  const v = form[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === "string",
  );
}

/**
 * A step's zod issues as page issues: the field names of the page, one issue per field, and the
 * field's own message where the catalogue has one (`field.<field>.<code>`, see `issueKey`).
 */
export function pageIssues(error: z.ZodError, rename: (path: string) => string = (p) => p): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of fieldIssues(error)) {
    const field = rename(issue.field);
    if (out.some((i) => i.field === field)) continue;
    out.push({ ...issue, field });
  }
  return out;
}

const shape = ComplaintBody.shape;
const OfficialSchema = shape.respondent.shape.officials.element;
const ApplicantSchema = shape.applicant;

export type StepResult = { patch: Partial<DraftData>; issues: FieldIssue[] };

export type StepContext = {
  today: string;
  respondentIds: ReadonlySet<string>;
  serviceIds: ReadonlySet<string>;
  /** `kind|organizationId` of each addressee proposed for the draft's respondent. */
  addresseeValues: ReadonlySet<string>;
  data: DraftData;
};

const ok = (patch: Partial<DraftData>): StepResult => ({ patch, issues: [] });
const fail = (issues: FieldIssue[]): StepResult => ({ patch: {}, issues });
const issue = (field: string, code: FieldCode): FieldIssue => ({ field, code });

/** Reads and checks one step's form; the patch to store, or the issues to show (nothing stored). */
export function parseStep(step: Step, form: Form, ctx: StepContext): StepResult {
  switch (step) {
    case "respondent": {
      const id = value(form, "respondent.organizationId").trim();
      if (!id) return fail([issue("respondent.organizationId", "required")]);
      if (!ctx.respondentIds.has(id))
        return fail([issue("respondent.organizationId", "unknown_organization")]);
      // Another body: the service and the addressee proposed for the old one no longer apply.
      return ok(
        id === ctx.data.respondentId
          ? { respondentId: id }
          : { respondentId: id, serviceAnswered: undefined, serviceId: undefined, addressee: undefined },
      );
    }
    case "appealed": {
      const parsed = shape.appealed.safeParse(value(form, "appealed") || undefined);
      if (!value(form, "appealed")) return fail([issue("appealed", "required")]);
      if (!parsed.success) return fail([issue("appealed", "invalid")]);
      return ok({ appealed: parsed.data });
    }
    case "service": {
      const id = value(form, "serviceId").trim();
      if (!id) return fail([issue("serviceId", "required")]);
      if (id === "none") return ok({ serviceAnswered: true, serviceId: null });
      if (!ctx.serviceIds.has(id)) return fail([issue("serviceId", "unknown_service")]);
      return ok({ serviceAnswered: true, serviceId: id });
    }
    case "addressee": {
      const v = value(form, "addressee");
      if (!v) return fail([issue("addressee", "required")]);
      if (!ctx.addresseeValues.has(v)) return fail([issue("addressee", "addressee_not_allowed")]);
      const [kind, organizationId] = v.split("|") as [string, string];
      const parsed = shape.addressee.safeParse({ kind, organizationId });
      if (!parsed.success) return fail([issue("addressee", "addressee_not_allowed")]);
      return ok({ addressee: parsed.data });
    }
    case "officials": {
      const read = (i: number) => ({
        position: value(form, `officials.${i}.position`),
        surname: value(form, `officials.${i}.surname`),
        name: value(form, `officials.${i}.name`),
      });
      const blank = (o: Official) => !o.position.trim() && !o.surname.trim() && !o.name.trim();
      const list = [read(0), read(1)].filter((o, i) => i === 0 || !blank(o));
      const parsed = z.array(OfficialSchema).safeParse(list);
      if (!parsed.success) return fail(pageIssues(parsed.error, (p) => `officials.${p}`));
      return ok({ officials: parsed.data });
    }
    case "grounds": {
      const parsed = z.object({ grounds: shape.grounds }).safeParse({ grounds: values(form, "grounds") });
      if (!parsed.success) {
        const empty = values(form, "grounds").length === 0;
        return fail([issue("grounds", empty ? "required" : "invalid")]);
      }
      return ok({ grounds: parsed.data.grounds });
    }
    case "reasons":
    case "demands": {
      const parsed = z.object({ [step]: shape[step] }).safeParse({ [step]: value(form, step) });
      if (!parsed.success) return fail(pageIssues(parsed.error));
      return ok({ [step]: parsed.data[step] as string });
    }
    case "learned": {
      const iso = dateValue((k) => value(form, k), "learnedOn") ?? "";
      if (!iso) return fail([issue("learnedOn", "required")]);
      if (!IsoDate.safeParse(iso).success) return fail([issue("learnedOn", "date_invalid")]);
      if (iso > ctx.today) return fail([issue("learnedOn", "date_in_future")]);
      const lateReason = shape.lateReason.safeParse(value(form, "lateReason").trim() || null);
      if (!lateReason.success) return fail(pageIssues(lateReason.error, () => "lateReason"));
      return ok({ learnedOn: iso, lateReason: lateReason.data ?? null });
    }
    case "contacts": {
      const phones = value(form, "applicant.phones")
        .split(/[,;]/)
        .map((p) => p.trim())
        .filter(Boolean);
      const email = value(form, "applicant.email").trim();
      const parsed = z.object({ applicant: ApplicantSchema }).safeParse({
        applicant: { postalAddress: value(form, "applicant.postalAddress"), phones, email: email || null },
      });
      if (!parsed.success) {
        return fail(
          pageIssues(parsed.error, (p) => (p.startsWith("applicant.phones") ? "applicant.phones" : p)),
        );
      }
      const a = parsed.data.applicant;
      return ok({ postalAddress: a.postalAddress, phones: a.phones, email: a.email ?? null });
    }
    case "attachments":
      return ok({});
  }
}

/** The whole draft checked as the API checks a complaint: the operation's input, or a 422. */
export function draftInput(d: DraftData): ComplaintInput {
  const missing = unanswered(d);
  if (missing.length) {
    throw new DomainError(
      "validation",
      "validation",
      missing.map((s) => ({ field: s, code: "incomplete" })),
    );
  }
  const parsed = ComplaintBody.safeParse({
    addressee: d.addressee,
    respondent: { organizationId: d.respondentId, officials: d.officials },
    serviceId: d.serviceId ?? null,
    grounds: d.grounds,
    reasons: d.reasons,
    demands: d.demands,
    learnedOn: d.learnedOn,
    appealed: d.appealed,
    lateReason: d.lateReason ?? null,
    applicant: { postalAddress: d.postalAddress, phones: d.phones ?? [], email: d.email ?? null },
    attachmentIds: d.attachmentIds ?? [],
  });
  if (!parsed.success) throw new DomainError("validation", "validation", pageIssues(parsed.error));
  return toInput(parsed.data);
}

export { addresseeValue };
