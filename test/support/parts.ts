/**
 * Several test files in one process (issue 11, item 6). Each process pays about 3 s of CPU
 * before its first test — tsx and the app's imports, PGlite's WebAssembly — and `npm test` ran
 * some seventy files, one process each. Node 20's runner cannot put several files in one process
 * (`--experimental-test-isolation=none` is Node 22), so a part file (test/parts/N.test.ts) imports
 * its share of the test files and gives each one a suite of its own, named by its path: the
 * file's top-level hooks (`before(() => testApp())`, `after(() => t.close())`) then belong to
 * that suite and run around its tests only, as they did in a process of their own.
 *
 * How: while a file's module is evaluated, its calls to node:test's functions are recorded, not
 * made (the builtin's exports are swapped, `syncBuiltinESMExports`); once every file of the part
 * is imported, each file's calls are made inside its suite. After that the functions pass
 * straight through, so `describe` bodies register their tests as usual.
 *
 * The files are dealt to the parts by their weight (SECONDS below), heaviest first to the
 * lightest part. Running one file alone (`node --import tsx --test test/integration/x.test.ts`)
 * works as before.
 */
import { readdirSync } from "node:fs";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const nodeTest = createRequire(import.meta.url)("node:test") as Record<string, unknown>;
const REGISTERING = ["test", "it", "describe", "suite", "before", "after", "beforeEach", "afterEach"];
const describe = nodeTest.describe as (name: string, fn: () => void) => void;

let recording: (() => void)[] | null = null;

type Fn = ((...args: unknown[]) => unknown) & Record<string, unknown>;
function deferred(fn: Fn): Fn {
  const wrapped = ((...args: unknown[]) => {
    if (!recording) return fn(...args);
    recording.push(() => fn(...args));
  }) as Fn;
  for (const variant of ["skip", "todo", "only"]) {
    if (typeof fn[variant] === "function") wrapped[variant] = deferred(fn[variant] as Fn);
  }
  return wrapped;
}
for (const name of REGISTERING) nodeTest[name] = deferred(nodeTest[name] as Fn);
syncBuiltinESMExports();

/**
 * The files that take longest, in seconds (measured on a busy 2-core machine; only their ratios
 * matter); every other file counts as 3. A stale figure only balances the parts less well.
 */
const SECONDS: Record<string, number> = {
  "test/integration/allowed-actions.test.ts": 76,
  "test/integration/report-links.test.ts": 72,
  "test/integration/backup.test.ts": 59,
  "test/integration/audit-chain.test.ts": 32,
  "test/integration/recompute-bulk.test.ts": 23,
  "test/integration/attacks.test.ts": 23,
  "test/integration/decision-eds.test.ts": 20,
  "test/integration/visibility.test.ts": 19,
  "test/integration/pages.test.ts": 18,
  "test/integration/portal-filing.test.ts": 17,
  "test/integration/server-process.test.ts": 16,
  "test/integration/home-visit-pages.test.ts": 15,
  "test/integration/report-aggregates.test.ts": 14,
  "test/integration/upload-load.test.ts": 13,
  "test/integration/open-data.test.ts": 12,
  "test/integration/procedure.test.ts": 11,
  "test/integration/workflow.test.ts": 10,
  "test/integration/talon.test.ts": 10,
};

/** The test files of `dirs` (relative to the repository) that part `index` of `count` runs. */
export function partFiles(dirs: readonly string[], index: number, count: number): string[] {
  const weight = (file: string) => SECONDS[file] ?? 3;
  const files = dirs
    .flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((name) => name.endsWith(".test.ts"))
        .map((name) => `${dir}/${name}`),
    )
    .sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
  const parts = Array.from({ length: count }, () => ({ seconds: 0, files: [] as string[] }));
  for (const file of files) {
    const lightest = parts.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    lightest.files.push(file);
    lightest.seconds += weight(file);
  }
  return parts[index - 1]!.files.sort();
}

/** Imports the part's files, then gives each its suite. The directories: TEST_DIRS, comma-separated. */
export async function runPart(index: number, count: number): Promise<void> {
  const dirs = (process.env.TEST_DIRS ?? "test/unit,test/integration").split(",");
  const files: [string, (() => void)[]][] = [];
  for (const file of partFiles(dirs, index, count)) {
    const calls: (() => void)[] = [];
    recording = calls;
    try {
      await import(pathToFileURL(join(root, file)).href);
    } finally {
      recording = null;
    }
    files.push([file, calls]);
  }
  for (const [name, calls] of files) {
    describe(name, () => {
      for (const call of calls) call();
    });
  }
}
