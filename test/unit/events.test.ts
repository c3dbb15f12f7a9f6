import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EVENT_DATA, EVENT_KINDS, isEventKind } from "../../src/domain/events.ts";
import { catalogues, LANGS } from "../../src/i18n/index.ts";

const src = join(import.meta.dirname, "../../src");
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );

describe("the event vocabulary", () => {
  it("names every kind the code records: the lifecycle's events and every recordEvent or recordQuietEvents call", () => {
    const recorded = new Set<string>();
    for (const file of [...sources(join(src, "operations")), join(src, "domain/lifecycle.ts")]) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\b(?:event|repeatEvent): "(\w+)"/g)) recorded.add(m[1]!);
      for (const call of text.matchAll(/(?:recordEvent|recordQuietEvents)\(\s*\w+,[\s\S]*?kind: "(\w+)"/g))
        recorded.add(call[1]!);
    }
    for (const kind of ["submitted", "accepted_incomplete", "deadline_moved", "reassigned", "redirected"])
      assert.ok(recorded.has(kind), `the scan missed "${kind}"`);
    for (const kind of recorded) assert.ok(isEventKind(kind), `"${kind}" is recorded but not in EVENT_KINDS`);
  });

  it("has a sentence for every kind and a label for every datum shown, in kk, ru and en", () => {
    for (const lang of LANGS) {
      for (const kind of EVENT_KINDS) {
        assert.ok(catalogues[lang][`wf.event.${kind}`], `${lang}: wf.event.${kind}`);
        for (const [key, datum] of Object.entries(EVENT_DATA[kind])) {
          assert.ok(catalogues[lang][`event.${kind}.${key}`], `${lang}: event.${kind}.${key}`);
          if (datum.as === "vocabulary") {
            assert.ok(
              Object.keys(catalogues[lang]).some((k) => k.startsWith(datum.prefix)),
              `${lang}: no texts for ${datum.prefix}*`,
            );
          }
        }
      }
    }
  });
});
