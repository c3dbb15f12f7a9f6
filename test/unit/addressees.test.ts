import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  ancestors,
  type OrgNode,
  proposeAddressees,
  qualityAuthorityFor,
} from "../../src/domain/addressees.ts";

const { organizations } = JSON.parse(
  readFileSync(new URL("../../data/organizations.json", import.meta.url), "utf8"),
) as { organizations: OrgNode[] };
const byId = new Map(organizations.map((o) => [o.id, o]));
const proposal = (id: string) =>
  proposeAddressees(id, organizations).map((p) => `${p.kind}:${p.organizationId}${p.afterResult ? "*" : ""}`);

describe("addressee proposals (seeds 000, 002)", () => {
  it("a provider: its own head, the akim above it, the regional quality authority after a result", () => {
    assert.deepEqual(proposal("akmola-edu"), [
      "provider_head:akmola-edu",
      "akim:akmola-akimat",
      "quality_authority:quality-akmola*",
    ]);
  });

  it("a district akim's office: its head, the oblast akim above, the Karaganda quality department", () => {
    assert.deepEqual(proposal("osakarovka-akimat"), [
      "provider_head:osakarovka-akimat",
      "akim:karaganda-akimat",
      "quality_authority:quality-karaganda*",
    ]);
  });

  it("a body with no akimat above it gets no akim", () => {
    assert.deepEqual(proposal("akmola-akimat"), [
      "provider_head:akmola-akimat",
      "quality_authority:quality-akmola*",
    ]);
  });

  it("a State Corporation branch: the corporation's head, the branch head, the informatization authority, quality", () => {
    assert.deepEqual(proposal("gov4c-akmola"), [
      "state_corporation_head:gov4c",
      "state_corporation_head:gov4c-akmola",
      "informatization_authority:minai",
      "quality_authority:quality-akmola*",
    ]);
  });

  it("the State Corporation itself (no region): its head once, minai, the national quality authority", () => {
    assert.deepEqual(proposal("gov4c"), [
      "state_corporation_head:gov4c",
      "informatization_authority:minai",
      "quality_authority:adgs*",
    ]);
  });

  it("an unknown respondent gets nothing", () => {
    assert.deepEqual(proposeAddressees("nowhere", organizations), []);
  });

  it("picks the longest matching region prefix for quality and survives a parent cycle", () => {
    const orgs: OrgNode[] = [
      { id: "q", kind: "quality_authority", parentId: null, regionCode: null },
      { id: "q35", kind: "quality_authority", parentId: "q", regionCode: "35" },
      { id: "q3556", kind: "quality_authority", parentId: "q", regionCode: "3556" },
      { id: "a", kind: "akimat", parentId: "b", regionCode: "355601" },
      { id: "b", kind: "akimat", parentId: "a", regionCode: "3556" },
    ];
    const a = orgs[3]!;
    assert.equal(qualityAuthorityFor(a, orgs)?.id, "q3556");
    assert.deepEqual(
      ancestors(a, new Map(orgs.map((o) => [o.id, o]))).map((o) => o.id),
      ["b"],
    );
    assert.deepEqual(
      proposeAddressees("a", orgs).map((p) => p.organizationId),
      ["a", "b", "q3556"],
    );
  });

  it("every proposal for every seeded respondent is of a kind the rules allow", () => {
    for (const o of organizations.filter((x) =>
      ["provider", "akimat", "state_corporation"].includes(x.kind),
    )) {
      for (const p of proposeAddressees(o.id, organizations)) {
        const org = byId.get(p.organizationId)!;
        const expected = {
          provider_head: o.kind,
          akim: "akimat",
          state_corporation_head: "state_corporation",
          informatization_authority: "informatization_authority",
          quality_authority: "quality_authority",
        }[p.kind];
        assert.equal(org.kind, expected, `${o.id} → ${p.kind}:${p.organizationId}`);
      }
    }
  });
});
