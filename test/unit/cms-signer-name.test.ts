import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { certificateSurname, decisionSignedText, edsFailure, sameName } from "../../src/domain/signatures.ts";
import { trustStoreOf, verifyCms } from "../../src/operations/verify-cms.ts";
import { der, issue, signCms, testPki } from "../support/pki.ts";

const TEXT = decisionSignedText({
  complaintId: "c1",
  organizationId: "akmola-akimat",
  outcome: "satisfied",
  text: "Қанағаттандырылды.",
  head: { surname: "Мұхаметжанов", name: "Серік", patronymic: null },
});
const AT = new Date("2026-11-20T05:00:00Z");

describe("a staff signer without an IIN: the certificate's surname decides", () => {
  let pki: Awaited<ReturnType<typeof testPki>>;
  let trust: ReturnType<typeof trustStoreOf>;
  before(async () => {
    pki = await testPki("ECDSA", "900101300126", "850315450011");
    trust = trustStoreOf([der(pki.root)], [pki.crl]);
  });

  it("passes the head's own surname in any case, refuses another's (eds_name)", async () => {
    const own = await issue({ cn: "МҰХАМЕТЖАНОВ СЕРІК", kind: "ECDSA", issuer: pki.intermediate });
    const cms = await signCms(TEXT, own, [pki.intermediate]);
    const ok = await verifyCms({ cms, text: TEXT, iin: null, surname: "Мұхаметжанов", at: AT, trust });
    assert.equal(edsFailure(ok.checks), null);
    assert.ok(ok.checks.some((c) => c.check === "name" && c.ok));
    const other = await verifyCms({ cms, text: TEXT, iin: null, surname: "Ахметова", at: AT, trust });
    assert.equal(edsFailure(other.checks), "eds_name");
  });

  it("a head whose account has an IIN is checked by the IIN, not the name", async () => {
    const cms = await signCms(TEXT, pki.leaf, [pki.intermediate]);
    const r = await verifyCms({ cms, text: TEXT, iin: "900101300126", surname: "Ахметова", at: AT, trust });
    assert.equal(edsFailure(r.checks), null);
  });

  it("reads SURNAME, else the CN's first word, and compares names ignoring case and Ё", () => {
    assert.equal(certificateSurname("ИВАНОВ", "ПЕТРОВ ИВАН"), "ИВАНОВ");
    assert.equal(certificateSurname(undefined, "ПЕТРОВ ИВАН"), "ПЕТРОВ");
    assert.equal(certificateSurname(undefined, undefined), null);
    assert.ok(sameName("СЕМЁНОВ", "Семенов"));
    assert.ok(!sameName("Семенов", null));
  });
});
