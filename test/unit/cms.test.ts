import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { edsFailure } from "../../src/domain/signatures.ts";
import { trustStoreOf, verifyCms } from "../../src/operations/verify-cms.ts";
import { der, type Kind, signCms, testPki } from "../support/pki.ts";

const IIN = "900101300126";
const OTHER = "850315450011";
const TEXT = '{"demands":"Баланы кезекке қоюды сұраймын.","reasons":"Мерзім бұзылды."}';
const AT = new Date("2026-11-20T05:00:00Z");

for (const kind of ["RSA", "ECDSA"] as Kind[]) {
  describe(`CMS verification on a test PKI (${kind})`, () => {
    let pki: Awaited<ReturnType<typeof testPki>>;
    let trust: ReturnType<typeof trustStoreOf>;
    before(async () => {
      pki = await testPki(kind, IIN, OTHER);
      trust = trustStoreOf([der(pki.root)], [pki.crl]);
    });
    const verify = (cms: string, o: { text?: string; iin?: string; at?: Date } = {}) =>
      verifyCms({ cms, text: o.text ?? TEXT, iin: o.iin ?? IIN, at: o.at ?? AT, trust });

    it("accepts the applicant's signature over the exact text, chained to the trusted root", async () => {
      const { checks, evidence } = await verify(await signCms(TEXT, pki.leaf, [pki.intermediate]));
      assert.equal(edsFailure(checks), null, JSON.stringify(checks));
      assert.ok(evidence);
      assert.equal(evidence.iin, IIN);
      assert.match(evidence.subject, /SERIALNUMBER=IIN900101300126/);
      assert.match(evidence.algorithm, new RegExp(`^${kind === "RSA" ? "RSA" : "ECDSA"}/SHA256$`));
      assert.deepEqual(
        checks.map((c) => c.check),
        ["format", "content", "signature", "validity", "chain", "revocation", "iin"],
      );
    });

    it("refuses a tampered text (one word changed)", async () => {
      const cms = await signCms(TEXT, pki.leaf, [pki.intermediate]);
      const { checks, evidence } = await verify(cms, { text: TEXT.replace("Мерзім", "Мерзімі") });
      assert.equal(edsFailure(checks), "eds_content");
      assert.equal(evidence, null);
    });

    it("refuses a revoked certificate (the intermediate's CRL)", async () => {
      const { checks } = await verify(await signCms(TEXT, pki.revoked, [pki.intermediate]));
      assert.equal(edsFailure(checks), "eds_revocation");
    });

    it("refuses a certificate expired at signing time", async () => {
      const { checks } = await verify(await signCms(TEXT, pki.expired, [pki.intermediate]));
      assert.equal(edsFailure(checks), "eds_validity");
    });

    it("refuses another person's certificate (wrong IIN)", async () => {
      const { checks } = await verify(await signCms(TEXT, pki.stranger, [pki.intermediate]));
      assert.equal(edsFailure(checks), "eds_iin");
    });

    it("refuses a chain to an untrusted root, and a missing intermediate", async () => {
      const untrusted = await verify(await signCms(TEXT, pki.untrusted, [pki.outsider]));
      assert.equal(edsFailure(untrusted.checks), "eds_chain");
      const noIntermediate = await verify(await signCms(TEXT, pki.leaf));
      assert.equal(edsFailure(noIntermediate.checks), "eds_chain");
    });

    it("refuses what is not a CMS, and a CMS whose signature bytes were altered", async () => {
      assert.equal(edsFailure((await verify("bm90IGEgY21z")).checks), "eds_format");
      assert.equal(edsFailure((await verify("%%%")).checks), "eds_format");
      const cms = Buffer.from(await signCms(TEXT, pki.leaf, [pki.intermediate]), "base64");
      cms[cms.length - 5] = (cms[cms.length - 5] ?? 0) ^ 0xff;
      const { checks } = await verify(cms.toString("base64"));
      assert.ok(["eds_signature", "eds_format"].includes(edsFailure(checks)!), JSON.stringify(checks));
    });
  });
}

describe("trust store", () => {
  it("trusts nobody when empty", async () => {
    const pki = await testPki("ECDSA", IIN, OTHER);
    const { checks } = await verifyCms({
      cms: await signCms(TEXT, pki.leaf, [pki.intermediate]),
      text: TEXT,
      iin: IIN,
      at: AT,
      trust: trustStoreOf([]),
    });
    assert.equal(edsFailure(checks), "eds_chain");
  });
});
