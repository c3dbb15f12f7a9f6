import { type ChildProcess, spawn } from "node:child_process";

export type Spawned = { child: ChildProcess; exited: Promise<number | null>; output: () => string };

/** Runs a TypeScript entry point (`src/main.ts`, `src/worker.ts`) as its own process, collecting its output. */
export function spawnScript(script: string, env: Record<string, string>, args: string[] = []): Spawned {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (c: Buffer) => {
    output += c.toString();
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Signs a demo account in on a running server and returns its bearer token. */
export async function bearerToken(base: string, login: string, password = "demo"): Promise<string> {
  const res = await fetch(`${base}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${login} answered ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}
