import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  iinOfSerialNumber,
  maskPhone,
  normalizeCode,
  resendWaitSeconds,
  smsCodeProblem,
} from "../../src/domain/signatures.ts";

const now = new Date("2026-11-20T05:00:00Z");
const open = {
  sha256: "a".repeat(64),
  attempts: 0,
  expiresAt: new Date(now.getTime() + 60_000),
  usedAt: null,
};

describe("SMS code rules", () => {
  it("signs only the text it was sent for, within 5 minutes, before 3 wrong tries, once", () => {
    assert.equal(smsCodeProblem(open, { sha256: open.sha256, codeMatches: true, now }), null);
    assert.equal(smsCodeProblem(open, { sha256: open.sha256, codeMatches: false, now }), "sms_code_wrong");
    assert.equal(
      smsCodeProblem(open, { sha256: "b".repeat(64), codeMatches: true, now }),
      "signature_text_changed",
    );
    assert.equal(
      smsCodeProblem({ ...open, expiresAt: now }, { sha256: open.sha256, codeMatches: true, now }),
      "sms_code_expired",
    );
    assert.equal(
      smsCodeProblem({ ...open, attempts: 3 }, { sha256: open.sha256, codeMatches: true, now }),
      "sms_code_exhausted",
    );
    assert.equal(
      smsCodeProblem({ ...open, usedAt: now }, { sha256: open.sha256, codeMatches: true, now }),
      "sms_code_used",
    );
  });

  it("paces a resend a minute after the last code", () => {
    assert.equal(resendWaitSeconds(null, now), 0);
    assert.equal(resendWaitSeconds(new Date(now.getTime() - 15_000), now), 45);
    assert.equal(resendWaitSeconds(new Date(now.getTime() - 60_000), now), 0);
  });

  it("reads a typed code and masks the phone", () => {
    assert.equal(normalizeCode(" 123 456 "), "123456");
    assert.equal(normalizeCode("12345"), null);
    assert.equal(normalizeCode("12a456"), null);
    assert.equal(maskPhone("+77011234567"), "+7 701 ••• •• 67");
    assert.equal(maskPhone("12"), "••••");
  });

  it("finds the IIN in a certificate's SERIALNUMBER", () => {
    assert.equal(iinOfSerialNumber("IIN900101300126"), "900101300126");
    assert.equal(iinOfSerialNumber("BIN900101300126"), null);
    assert.equal(iinOfSerialNumber(undefined), null);
  });
});
