import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
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

/**
 * Which layers each layer of `src/` may import (besides itself); an entry with a slash is one
 * file. The files directly in `src/` (boot, main, worker, logger) compose everything.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  i18n: ["domain"],
  config: ["domain"],
  db: ["domain", "config"],
  queries: ["db", "domain", "i18n"],
  documents: ["queries", "domain", "i18n"],
  operations: ["queries", "db", "domain", "i18n"],
  jobs: ["operations", "queries", "documents", "db", "domain", "i18n", "config"],
  // The edge gets the database's infrastructure (connection, availability, file store), never its schema.
  web: [
    "operations",
    "queries",
    "documents",
    "domain",
    "i18n",
    "config",
    "db/connection.ts",
    "db/availability.ts",
    "db/file-store.ts",
  ],
};

/** Every import under `srcDir` that the matrix does not allow, as "file imports spec". */
function wrongImports(srcDir: string): string[] {
  const wrong: string[] = [];
  for (const file of files(srcDir)) {
    const [layer, ...rest] = relative(srcDir, file).split("/");
    if (!rest.length) continue;
    const allowed = MAY_IMPORT[layer!];
    assert.ok(allowed, `${relative(root, file)}: the layer "${layer}" is not in the matrix`);
    for (const spec of imports(file).filter((s) => s.startsWith("."))) {
      const target = relative(srcDir, resolve(dirname(file), spec));
      const [targetLayer] = target.split("/");
      const ok =
        targetLayer === layer ||
        allowed.includes(targetLayer!) ||
        allowed.includes(target.replace(/\.js$/, ".ts"));
      if (!ok) wrong.push(`${relative(root, file)} imports ${spec}`);
    }
  }
  return wrong;
}

describe("architecture", () => {
  it("keeps every import pointing inward, as the layer matrix allows", () => {
    assert.deepEqual(wrongImports(join(root, "src")), []);
  });

  it("the layer check fails on a deliberately wrong import (a query reaching into the web edge)", () => {
    const fixture = mkdtempSync(join(tmpdir(), "layers-"));
    try {
      for (const [path, text] of [
        ["web/page.ts", "export const page = 1;\n"],
        ["queries/list.ts", 'import { page } from "../web/page.ts";\nexport const list = page;\n'],
        ["operations/file.ts", 'import { list } from "../queries/list.ts";\nexport const file = list;\n'],
      ] as const) {
        mkdirSync(join(fixture, dirname(path)), { recursive: true });
        writeFileSync(join(fixture, path), text);
      }
      assert.deepEqual(
        wrongImports(fixture).map((w) => w.replace(/^.*?(queries|operations)\//, "$1/")),
        ["queries/list.ts imports ../web/page.ts"],
      );
    } finally {
      rmSync(fixture, { recursive: true, force: true });
    }
  });

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
