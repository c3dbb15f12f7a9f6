import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { lockDataDir } from "../../src/db/connection.ts";

const dir = mkdtempSync(join(tmpdir(), "shagym-lock-"));
const lockFile = join(dir, "shagym.lock");
// A live process that is not this one: the "other holder" of the lock.
let other: ChildProcess;
const startTime = () => {
  const stat = readFileSync(`/proc/${other.pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]!;
};
const bootId = () => readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
const holder = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    pid: other.pid,
    host: hostname(),
    bootId: bootId(),
    startTime: startTime(),
    ...overrides,
  });

before(async () => {
  other = spawn("sleep", ["60"], { stdio: "ignore" });
  await once(other, "spawn");
});
after(() => {
  other.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("the DATA_DIR lock (PGlite serves one process)", () => {
  it("records the PID with the boot id and process start time, and releases only its own lock", () => {
    const release = lockDataDir(dir);
    const owner = JSON.parse(readFileSync(lockFile, "utf8"));
    assert.equal(owner.pid, process.pid);
    assert.match(owner.bootId, /^[0-9a-f-]{36}$/);
    assert.match(owner.startTime, /^\d+$/);
    release();
    assert.equal(existsSync(lockFile), false);
  });

  it("refuses while the recorded process runs (also a lock in the old PID-only form)", () => {
    for (const text of [holder(), String(other.pid)]) {
      writeFileSync(lockFile, text);
      assert.throws(() => lockDataDir(dir), new RegExp(`in use by process ${other.pid}`));
      assert.equal(readFileSync(lockFile, "utf8"), text, "the holder's lock is left alone");
    }
  });

  for (const [why, text] of [
    ["its process has ended", () => holder({ pid: 2 ** 22 + 1 })],
    ["its PID now belongs to a process started later (PID reuse)", () => holder({ startTime: "1" })],
    [
      "it was written before the last reboot",
      () => holder({ bootId: "00000000-0000-0000-0000-000000000000" }),
    ],
    ["it comes from another machine (a copied directory)", () => holder({ host: "elsewhere.example" })],
  ] as const) {
    it(`takes a lock over when ${why}`, () => {
      writeFileSync(lockFile, text());
      const release = lockDataDir(dir);
      assert.equal(JSON.parse(readFileSync(lockFile, "utf8")).pid, process.pid);
      release();
    });
  }
});
