import type { AddresseeKind } from "./complaint.ts";
import { allowedAddressees } from "./complaint-rules.ts";
import type { OrganizationKind } from "./roles.ts";

/** What the proposal needs to know about an organization. */
export type OrgNode = {
  id: string;
  kind: OrganizationKind;
  parentId: string | null;
  regionCode: string | null;
};

export type ProposedAddressee = {
  kind: AddresseeKind;
  organizationId: string;
  /** True for the authorized body for quality: meant for when the applicant disagrees with a result. */
  afterResult: boolean;
};

/** The organizations above `org` through the parent chain, nearest first (cycles are cut). */
export function ancestors(org: OrgNode, byId: ReadonlyMap<string, OrgNode>): OrgNode[] {
  const chain: OrgNode[] = [];
  const seen = new Set([org.id]);
  let next = org.parentId ? byId.get(org.parentId) : undefined;
  while (next && !seen.has(next.id)) {
    chain.push(next);
    seen.add(next.id);
    next = next.parentId ? byId.get(next.parentId) : undefined;
  }
  return chain;
}

/**
 * The quality authority for a respondent: the regional department whose region code is the
 * longest prefix of the respondent's (quality-akmola "11" for an "11…" body), else the national one.
 */
export function qualityAuthorityFor(respondent: OrgNode, orgs: readonly OrgNode[]): OrgNode | undefined {
  const quality = orgs.filter((o) => o.kind === "quality_authority");
  const region = respondent.regionCode;
  const regional = region
    ? quality
        .filter((o) => o.regionCode && region.startsWith(o.regionCode))
        .sort((a, b) => (b.regionCode?.length ?? 0) - (a.regionCode?.length ?? 0))[0]
    : undefined;
  return regional ?? quality.find((o) => !o.regionCode);
}

/**
 * The addressees the seeds allow for a complaint about `respondentId`, each with its organization:
 * the head of the provider (the respondent itself); the akim of the administrative-territorial
 * unit (the nearest akimat above the respondent); for the State Corporation, its head (the
 * corporation at the top of the chain, then the branch's own head) or the authorized body for
 * informatization; and the authorized body for quality of the respondent's region, for when the
 * applicant disagrees with a result. An unknown respondent gets no proposal.
 */
export function proposeAddressees(respondentId: string, orgs: readonly OrgNode[]): ProposedAddressee[] {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const respondent = byId.get(respondentId);
  if (!respondent) return [];
  const above = ancestors(respondent, byId);
  const out: ProposedAddressee[] = [];
  const add = (kind: AddresseeKind, org: OrgNode | undefined) => {
    if (org && !out.some((p) => p.kind === kind && p.organizationId === org.id)) {
      out.push({ kind, organizationId: org.id, afterResult: kind === "quality_authority" });
    }
  };
  for (const kind of allowedAddressees(respondent.kind)) {
    switch (kind) {
      case "provider_head":
        add(kind, respondent);
        break;
      case "akim":
        add(
          kind,
          above.find((o) => o.kind === "akimat"),
        );
        break;
      case "state_corporation_head": {
        const corporation = [respondent, ...above].filter((o) => o.kind === "state_corporation");
        add(kind, corporation.at(-1));
        add(kind, corporation[0]);
        break;
      }
      case "informatization_authority":
        add(
          kind,
          orgs.find((o) => o.kind === "informatization_authority"),
        );
        break;
      case "quality_authority":
        add(kind, qualityAuthorityFor(respondent, orgs));
        break;
    }
  }
  return out;
}

/** The radio value of a proposal: `kind|organizationId`. */
export const addresseeValue = (a: { kind: AddresseeKind; organizationId: string }) =>
  `${a.kind}|${a.organizationId}`;
