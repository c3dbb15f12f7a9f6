import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { partFiles } from "../support/parts.ts";

// `npm test` and `npm run test:pg` run test/parts/N.test.ts, each a share of the test files
// (test/support/parts.ts): a file in no part would never run, and nothing else would say so.
const partsDir = new URL("../parts/", import.meta.url);
const PARTS = readdirSync(partsDir).filter((f) => f.endsWith(".test.ts")).length;

describe("test parts", () => {
  it("are numbered 1…N, each part file running its own share of N", () => {
    for (let n = 1; n <= PARTS; n++)
      assert.match(
        readFileSync(new URL(`${n}.test.ts`, partsDir), "utf8"),
        new RegExp(`runPart\\(${n}, ${PARTS}\\)`),
      );
  });

  for (const dirs of [
    ["test/unit", "test/integration"],
    ["test/integration", "test/pg"],
  ]) {
    it(`run every test file of ${dirs.join(" and ")} exactly once`, () => {
      const all = dirs.flatMap((dir) =>
        readdirSync(new URL(`../../${dir}/`, import.meta.url))
          .filter((f) => f.endsWith(".test.ts"))
          .map((f) => `${dir}/${f}`),
      );
      const dealt = Array.from({ length: PARTS }, (_, i) => partFiles(dirs, i + 1, PARTS)).flat();
      assert.deepEqual([...dealt].sort(), [...all].sort());
      assert.ok(all.length > 20);
    });
  }
});
