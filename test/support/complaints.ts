import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type { Db } from "../../src/db/connection.ts";
import { users } from "../../src/db/schema.ts";
import { saveDraft } from "../../src/operations/save-draft.ts";
import type { TestApp } from "./app.ts";
import { Client } from "./browser.ts";

/** A complete, valid portal complaint against the Akmola education department. */
export function validComplaint(overrides: Record<string, unknown> = {}) {
  return {
    addressee: { kind: "provider_head", organizationId: "akmola-edu" },
    respondent: {
      organizationId: "akmola-edu",
      officials: [{ position: "Бас маман", surname: "Оспанов", name: "Ерлан" }],
    },
    serviceId: "EDU-01",
    grounds: ["deadline_violation"],
    reasons: "Балабақшаға кезекке қою мерзімі бұзылды.",
    demands: "Баланы кезекке қоюды сұраймын.",
    learnedOn: "2026-11-10",
    applicant: {
      postalAddress: "Көкшетау қ., Абай к-сі 10, 5 пәтер",
      phones: ["+77011234567"],
      email: "nurlan.seitkali@example.kz",
    },
    attachmentIds: [],
    ...overrides,
  };
}

/** A paper complaint as the registrar enters it. */
/** A valid IIN of a person with no account in the demo world: notices go to the paper's contacts. */
export const NO_ACCOUNT_IIN = "720512400008";

/** A paper (or phone) complaint of a person without an account. */
export function paperOnlyComplaint(overrides: Record<string, unknown> = {}) {
  const base = officeComplaint();
  return { ...base, applicant: { ...base.applicant, iin: NO_ACCOUNT_IIN }, ...overrides };
}

export function officeComplaint(overrides: Record<string, unknown> = {}) {
  return {
    ...validComplaint(),
    applicant: {
      surname: "Ахметова",
      name: "Динара",
      patronymic: "Серікқызы",
      iin: "850315450011",
      postalAddress: "Көкшетау қ., Ақан сері к-сі 3",
      phones: ["+77029876543"],
    },
    ...overrides,
  };
}

/** The JSON body of a response that must have `status` (the body in the failure message). */
export async function ok<T>(res: Response, status = 200): Promise<T> {
  const body = await res.text();
  assert.equal(res.status, status, body);
  return JSON.parse(body) as T;
}

/** A client signed in through the API, sending the bearer token. */
export async function apiAs(t: TestApp, login: string) {
  const client = new Client(t.app);
  const res = await client.postJson("/api/v1/session", { login, password: "demo" });
  const { token } = (await res.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const send =
    (method: string) =>
    (path: string, body: unknown, headers: Record<string, string> = {}) =>
      t.app.request(path, {
        method,
        headers: { ...auth, "content-type": "application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
  return {
    token,
    get: (path: string, headers: Record<string, string> = {}) =>
      t.app.request(path, { headers: { ...auth, ...headers } }),
    post: send("POST"),
    put: send("PUT"),
    upload: (name: string, bytes: Uint8Array, type = "application/pdf") => {
      const form = new FormData();
      form.set("file", new File([new Uint8Array(bytes)], name, { type }));
      return t.app.request("/api/v1/attachments", { method: "POST", headers: auth, body: form });
    },
  };
}

export const tinyPdf = () => new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A paper complaint about an employee of the State Corporation's Akmola branch, taken there. */
export const gov4cComplaint = () =>
  officeComplaint({
    addressee: { kind: "state_corporation_head", organizationId: "gov4c-akmola" },
    respondent: {
      organizationId: "gov4c-akmola",
      officials: [{ position: "Маман", surname: "Оспанов", name: "Ерлан" }],
    },
    serviceId: null,
    appealed: "employee",
  });

/** The head of the Akmola education department decides complaint `id` with `outcome` at `at`. */
export async function decideAt(t: TestApp, at: string, id: string, outcome: string) {
  t.setNow(at);
  const head = await apiAs(t, "head.akmola-edu");
  const res = await head.post(`/api/v1/complaints/${id}/decision`, { outcome, text: "Reasoned answer." });
  assert.equal(res.status, 200, await res.clone().text());
}

/** A portal draft of `login` with every question answered, as the question pages leave it. */
export async function completeDraft(db: Db, login: string, now: Date): Promise<string> {
  const [user] = await db.select().from(users).where(eq(users.login, login));
  return saveDraft(db, {
    draftId: null,
    userId: user!.id,
    now,
    patch: {
      respondentId: "akmola-edu",
      appealed: "body",
      serviceAnswered: true,
      serviceId: "EDU-01",
      addressee: { kind: "provider_head", organizationId: "akmola-edu" },
      officials: [{ position: "Бас маман", surname: "Оспанов", name: "Ерлан" }],
      grounds: ["deadline_violation"],
      reasons: "Кезекке қою мерзімі бұзылды.",
      demands: "Кезекке қоюды сұраймын.",
      learnedOn: "2026-11-10",
      postalAddress: "Көкшетау қ., Абай к-сі 10",
      phones: ["+77011234567"],
      email: null,
      attachmentIds: [],
    },
  });
}
