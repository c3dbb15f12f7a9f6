import type { Calendar } from "./calendar/index.ts";
import type { AddresseeKind, ApplicantData, ComplaintStatement } from "./complaint.ts";
import { checkFilingTerm, type ReviewBody, regimeFor } from "./deadlines/index.ts";
import type { OrganizationKind } from "./roles.ts";

/** Which review term applies at an organization of this kind. */
export function reviewBodyOf(kind: OrganizationKind, isRespondent: boolean): ReviewBody {
  switch (kind) {
    case "quality_authority":
      return "quality_authority";
    case "state_corporation":
      return "state_corporation";
    case "akimat":
      return isRespondent ? "akimat" : "higher_body";
    case "provider":
      return isRespondent ? "provider" : "higher_body";
    default:
      return "higher_body";
  }
}

/** Which addressee kinds the seeds allow for a respondent of this kind. */
export function allowedAddressees(respondentKind: OrganizationKind): AddresseeKind[] {
  if (respondentKind === "state_corporation") {
    return ["state_corporation_head", "informatization_authority", "quality_authority"];
  }
  return ["provider_head", "akim", "quality_authority"];
}

/** The regime of a complaint received on `receivedOn`, and whether it was filed after the term. */
export function filingFacts(calendar: Calendar, receivedOn: string, learnedOn: string | null) {
  const regime = regimeFor(calendar.registrationDate(receivedOn));
  const late =
    learnedOn !== null && regime.filing !== null
      ? checkFilingTerm({ calendar, regime, learnedOn, filedOn: receivedOn }).late
      : false;
  return { regime, filedLate: late };
}

/**
 * The exact text the applicant signs: what is stated, who states it, the files (by SHA-256),
 * with a stable key order, so its SHA-256 can be checked later.
 */
export function signedText(
  statement: ComplaintStatement,
  applicant: ApplicantData,
  files: readonly { filename: string; sha256: string }[],
): string {
  const content = {
    addressee: statement.addressee,
    respondent: statement.respondent,
    serviceId: statement.serviceId,
    grounds: statement.grounds,
    reasons: statement.reasons,
    demands: statement.demands,
    learnedOn: statement.learnedOn,
    appealed: statement.appealed ?? "body",
    lateReason: statement.lateReason ?? null,
    applicant,
    attachments: files
      .map((f) => ({ filename: f.filename, sha256: f.sha256 }))
      .sort((x, y) => x.sha256.localeCompare(y.sha256)),
  };
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify(sortKeys(content));
}
