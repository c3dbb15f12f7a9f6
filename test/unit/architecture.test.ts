import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, it } from "node:test";

const root = resolve(import.meta.dirname, "../..");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const imports = (file: string) =>
  [
    ...readFileSync(file, "utf8").matchAll(
      /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(["']([^"']+)["']\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? "");

describe("architecture", () => {
  it("keeps src/domain pure: no I/O, clock, framework or outer-layer imports", () => {
    const domain = join(root, "src/domain");
    for (const file of files(domain)) {
      const text = readFileSync(file, "utf8");
      for (const spec of imports(file)) {
        const ok = spec.startsWith(".") && resolve(file, "..", spec).startsWith(domain);
        assert.ok(ok, `${relative(root, file)} imports "${spec}"`);
      }
      assert.doesNotMatch(
        text,
        /Date\.now\(\)|new Date\(\)|process\.|Math\.random\(/,
        `${relative(root, file)} reads the clock or the process`,
      );
    }
  });

  it("keeps user-facing strings of pages in the catalogues (no Cyrillic literals in src/web)", () => {
    for (const file of files(join(root, "src/web"))) {
      const text = readFileSync(file, "utf8").replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "");
      assert.doesNotMatch(
        text,
        /[А-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі]/,
        `${relative(root, file)} has text outside i18n`,
      );
    }
  });
});
