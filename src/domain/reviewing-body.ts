import type { OrganizationKind } from "./roles.ts";

/** What the proposal needs to know of an organization. */
export type OrgNode = {
  id: string;
  kind: OrganizationKind;
  reviewingBodyId: string | null;
  regionCode: string | null;
};

/**
 * The quality authority of a region: the one whose region code is the longest prefix of
 * `regionCode` (a district's complaint goes to its oblast's department), or null.
 */
export function qualityAuthorityFor<T extends OrgNode>(
  regionCode: string | null,
  orgs: readonly T[],
): T | null {
  if (!regionCode) return null;
  const fits = orgs
    .filter((o) => o.kind === "quality_authority" && o.regionCode && regionCode.startsWith(o.regionCode))
    .sort((a, b) => (b.regionCode?.length ?? 0) - (a.regionCode?.length ?? 0));
  return fits[0] ?? null;
}

/**
 * The reviewing body proposed for a complaint held by `holder` (APPC art. 91 p. 3): the higher
 * body named in the organization hierarchy, else the authorized body for quality of the region.
 * Null when neither exists; the one forwarding may always choose another body.
 */
export function proposeReviewingBody<T extends OrgNode>(holder: OrgNode, orgs: readonly T[]): T | null {
  if (holder.reviewingBodyId) {
    const higher = orgs.find((o) => o.id === holder.reviewingBodyId);
    if (higher) return higher;
  }
  const quality = qualityAuthorityFor(holder.regionCode, orgs);
  return quality && quality.id !== holder.id ? quality : null;
}

/** The kinds of organization a complaint may be forwarded to for review. */
export const REVIEWING_KINDS: readonly OrganizationKind[] = [
  "akimat",
  "quality_authority",
  "ministry",
  "state_corporation",
  "informatization_authority",
];

/**
 * The competent body for a complaint that reached `holder` by mistake (legal.md, "Redirect,
 * never dead-end"): at a quality authority, the department of the region where the appealed
 * body sits; elsewhere, the appealed body's reviewing body. Null when that is the holder itself
 * or unknown; the one redirecting may always choose another body.
 */
export function proposeCompetentBody(
  holder: OrgNode,
  respondent: OrgNode,
  orgs: readonly OrgNode[],
): OrgNode | null {
  const competent =
    holder.kind === "quality_authority"
      ? qualityAuthorityFor(respondent.regionCode, orgs)
      : proposeReviewingBody(respondent, orgs);
  return competent && competent.id !== holder.id ? competent : null;
}

/** The kinds of organization a misaddressed complaint may be redirected to. */
export const REDIRECT_KINDS: readonly OrganizationKind[] = [...REVIEWING_KINDS, "provider"];

/**
 * Whether a complaint addressed to `addressee` about `respondent` went to the wrong quality
 * department (another region's): the competent department, else null. Filing warns with it;
 * the complaint is accepted all the same and the department redirects it.
 */
export function misaddressedTo<T extends OrgNode>(
  addressee: OrgNode,
  respondent: OrgNode,
  orgs: readonly T[],
): T | null {
  if (addressee.kind !== "quality_authority") return null;
  const competent = qualityAuthorityFor(respondent.regionCode, orgs);
  return competent && competent.id !== addressee.id ? competent : null;
}

/**
 * The department of the authorized body for quality that a complaint is escalated to (APPC
 * art. 91 p. 3): the one of the region where the appealed body sits, else of the holder's region.
 */
export function escalationDepartment<T extends OrgNode>(
  respondent: OrgNode | undefined,
  holder: OrgNode | undefined,
  orgs: readonly T[],
): T | null {
  return qualityAuthorityFor(respondent?.regionCode ?? holder?.regionCode ?? null, orgs);
}
