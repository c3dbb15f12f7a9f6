import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isValidIin, maskIin } from "../../src/domain/iin.ts";
import { maskIinsIn } from "../../src/domain/mask.ts";

describe("IIN", () => {
  it("accepts the demo IINs and rejects a wrong check digit", () => {
    assert.equal(isValidIin("900101300126"), true);
    assert.equal(isValidIin("850315450011"), true);
    assert.equal(isValidIin("900101300127"), false);
    assert.equal(isValidIin("90010130012"), false);
    assert.equal(isValidIin("9001013001a6"), false);
  });

  it("rejects an impossible birth date", () => {
    // month 13 with a check digit computed for it
    const base = "90130130012";
    const w = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    const check = w.reduce((s, k, i) => s + k * Number(base[i]), 0) % 11;
    assert.equal(isValidIin(base + String(check % 10)), false);
  });

  it("masks IINs for display and logs", () => {
    assert.equal(maskIin("900101300126"), "9001••••0126");
    assert.equal(maskIinsIn("/api/v1/status?iin=900101300126&x=1"), "/api/v1/status?iin=9001••••0126&x=1");
    assert.equal(maskIinsIn("1234567890123"), "1234567890123");
  });
});
