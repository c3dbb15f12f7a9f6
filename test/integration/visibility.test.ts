// Field-level visibility across every consumer of a complaint: the API answer, the staff and
// citizen pages, the talon and decision-letter PDFs, the case-file export and the history. Each
// consumer's output is searched for the applicant's IIN, address, phone and e-mail and for the
// internal comments; what each role × relationship may see is written out here, independently of
// src/domain/visibility.ts, so a consumer that bypassed the presenter (complaintView) fails.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eq } from "drizzle-orm";
import { users } from "../../src/db/schema.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, officeComplaint, ok, tinyPdf, validComplaint } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

let t: TestApp;
after(() => t.close());

type View = {
  id: string;
  status: string;
  applicant: { iin: string | null; postalAddress: string | null; phones: string[]; email: string | null };
  attachments: { id: string }[];
  allowedActions: string[];
  allowedReads: string[];
  visibility: Record<string, unknown>;
};

/** The applicant of complaints A and B (the demo citizen) and of C (a caller). */
const NURLAN = {
  iin: "900101300126",
  maskedIin: "9001••••0126",
  address: "Абай к-сі 10",
  phone: "+77011234567",
  maskedPhone: "•••4567",
  email: "nurlan.seitkali@example.kz",
  maskedEmail: "n•••@example.kz",
  surname: "Сейтқали",
};
const DINARA = {
  iin: "850315450011",
  maskedIin: "8503••••0011",
  address: "Ақан сері к-сі 3",
  phone: "+77029876543",
  maskedPhone: "•••6543",
  email: null,
  maskedEmail: null,
  surname: "Ахметова",
};
type Person = typeof NURLAN | typeof DINARA;
type D = "full" | "masked" | "none";

/** What a viewer must (and must not) find in an output. */
type Expect = { iin: D; address: D; contacts: D; comments: string[]; hidden: string[] };

function assertShows(text: string, who: string, p: Person, e: Expect) {
  const has = (s: string | null) => s !== null && text.includes(s);
  const check = (what: string, d: D, full: string | null, masked: string | null) => {
    if (full === null) return;
    assert.equal(has(full), d === "full", `${who}: ${what} in full? expected ${d}`);
    if (masked !== null) assert.equal(has(masked), d === "masked", `${who}: ${what} masked? expected ${d}`);
  };
  check("IIN", e.iin, p.iin, p.maskedIin);
  // A masked address is "•••": only its absence can be checked.
  assert.equal(has(p.address), e.address === "full", `${who}: address in full? expected ${e.address}`);
  check("phone", e.contacts, p.phone, p.maskedPhone);
  check("e-mail", e.contacts, p.email, p.maskedEmail);
  for (const c of e.comments) assert.ok(text.includes(c), `${who}: sees the comment "${c}"`);
  for (const c of e.hidden) assert.ok(!text.includes(c), `${who}: must not see the comment "${c}"`);
}

async function page(login: string, path: string) {
  const client = new Client(t.app);
  await client.signIn(login);
  const res = await client.get(path);
  return { status: res.status, html: await res.text() };
}

const COMMENT_A = "ІШКІ-ЕСКЕРТПЕ-A құжаттарды тексеру";
const COMMENT_B_EDU = "ІШКІ-ЕСКЕРТПЕ-B білім басқармасы";
const COMMENT_B_AKIMAT = "ІШКІ-ЕСКЕРТПЕ-B әкімдік";
const COMMENT_C = "ІШКІ-ЕСКЕРТПЕ-C қоңырау";

const FULL: Omit<Expect, "comments" | "hidden"> = { iin: "full", address: "full", contacts: "full" };
const MASKED: Omit<Expect, "comments" | "hidden"> = { iin: "masked", address: "masked", contacts: "masked" };
const NONE: Omit<Expect, "comments" | "hidden"> = { iin: "none", address: "none", contacts: "none" };

/**
 * Complaint A: filed on the portal by Nurlan about an employee of the Akmola education
 * department (the department itself reviews it), with a file; registered, assigned to its
 * executor, who writes an internal comment.
 */
let A: string;
/** Complaint B: about the department itself, commented there, forwarded to the akimat, commented there. */
let B: string;
/** Complaint C: taken by the contact-centre operator for Dinara, commented at the department. */
let C: string;

before(async () => {
  t = await testApp();
  const citizen = await apiAs(t, "900101300126");
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const head = await apiAs(t, "head.akmola-edu");
  const executor = await apiAs(t, "executor.akmola-edu");
  const [executorRow] = await t.db.select().from(users).where(eq(users.login, "executor.akmola-edu"));

  const file = await ok<{ id: string }>(await citizen.upload("evidence.pdf", tinyPdf()), 201);
  A = (
    await ok<View>(
      await citizen.post(
        "/api/v1/complaints",
        validComplaint({ appealed: "employee", reasons: "A: мерзім бұзылды.", attachmentIds: [file.id] }),
      ),
      201,
    )
  ).id;
  await ok(await registrar.post(`/api/v1/complaints/${A}/register`, {}));
  // Before it is assigned to them, the executor sees the body's notes but not the person in full.
  const unassigned = await ok<View>(await executor.get(`/api/v1/complaints/${A}`));
  assert.equal(unassigned.applicant.iin, NURLAN.maskedIin, "an executor not (yet) assigned");
  await ok(await head.post(`/api/v1/complaints/${A}/assign`, { executorId: executorRow!.id }));
  await ok(await executor.post(`/api/v1/complaints/${A}/comments`, { text: COMMENT_A }), 201);

  B = (
    await ok<View>(await citizen.post("/api/v1/complaints", validComplaint({ reasons: "B: кезек." })), 201)
  ).id;
  await ok(await registrar.post(`/api/v1/complaints/${B}/register`, {}));
  await ok(await registrar.post(`/api/v1/complaints/${B}/comments`, { text: COMMENT_B_EDU }), 201);
  await ok(await head.post(`/api/v1/complaints/${B}/forward`, { explanation: "Түсініктеме", note: "Хат" }));
  const akimat = await apiAs(t, "registrar.akmola-akimat");
  await ok(await akimat.post(`/api/v1/complaints/${B}/register`, {}));
  await ok(await akimat.post(`/api/v1/complaints/${B}/comments`, { text: COMMENT_B_AKIMAT }), 201);

  const operator = await apiAs(t, "operator.1414");
  const { receivedAt: _none, ...caller } = officeComplaint({ reasons: "C: қоңырау." }) as Record<
    string,
    unknown
  >;
  C = (await ok<View>(await operator.post("/api/v1/contact-centre/complaints", caller), 201)).id;
  await ok(await registrar.post(`/api/v1/complaints/${C}/register`, {}));
  await ok(await registrar.post(`/api/v1/complaints/${C}/comments`, { text: COMMENT_C }), 201);

  // Five weeks later A's review is overdue: the akimat above the department sees it too.
  t.setNow("2026-12-30T05:00:00Z");
});

/** Complaint A, on the overdue day: every relationship, with what it must find. */
const MATRIX_A: [login: string, relation: string, expect: Expect, files: number][] = [
  ["900101300126", "applicant", { ...FULL, comments: [], hidden: [COMMENT_A] }, 1],
  ["registrar.akmola-edu", "holder registrar", { ...FULL, comments: [COMMENT_A], hidden: [] }, 1],
  ["executor.akmola-edu", "holder executor (assigned)", { ...FULL, comments: [COMMENT_A], hidden: [] }, 1],
  ["head.akmola-edu", "holder head", { ...FULL, comments: [COMMENT_A], hidden: [] }, 1],
  ["head.akmola-akimat", "supervising body (overdue)", { ...MASKED, comments: [], hidden: [COMMENT_A] }, 0],
  [
    "registrar.quality-akmola",
    "regional quality authority",
    { ...MASKED, comments: [], hidden: [COMMENT_A] },
    0,
  ],
  ["admin", "administrator", { ...NONE, comments: [], hidden: [COMMENT_A] }, 0],
];

describe("the API complaint answer", () => {
  for (const [login, relation, expect, files] of MATRIX_A) {
    it(`A × ${relation} (${login})`, async () => {
      const client = await apiAs(t, login);
      const res = await client.get(`/api/v1/complaints/${A}`);
      const text = await res.text();
      assert.equal(res.status, 200, text);
      assertShows(text, login, NURLAN, expect);
      const view = JSON.parse(text) as View;
      assert.equal(view.attachments.length, files, "attachments");
      assert.equal(view.visibility.iin, expect.iin, "the policy is stated in the answer");
    });
  }

  for (const login of ["850315450011", "head.gov4c-akmola", "registrar.quality-karaganda", "operator.1414"]) {
    it(`A × no relationship (${login}): 404`, async () => {
      assert.equal((await (await apiAs(t, login)).get(`/api/v1/complaints/${A}`)).status, 404);
    });
  }

  it("B: the holder (akimat) sees everything; the department that forwarded it only its own notes, masked data", async () => {
    const akimat = await (await apiAs(t, "head.akmola-akimat")).get(`/api/v1/complaints/${B}`);
    assertShows(await akimat.text(), "akimat (holder)", NURLAN, {
      ...FULL,
      comments: [COMMENT_B_EDU, COMMENT_B_AKIMAT],
      hidden: [],
    });
    const edu = await apiAs(t, "head.akmola-edu");
    const involved = await edu.get(`/api/v1/complaints/${B}`);
    assert.equal(involved.status, 200);
    assertShows(await involved.text(), "department (involved)", NURLAN, {
      ...MASKED,
      comments: [COMMENT_B_EDU],
      hidden: [COMMENT_B_AKIMAT],
    });
    const history = await edu.get(`/api/v1/complaints/${B}/history`);
    assert.equal(history.status, 200);
    const text = await history.text();
    assert.ok(text.includes(COMMENT_B_EDU) && !text.includes(COMMENT_B_AKIMAT), "history: own notes only");
  });

  it("C: the operator who took the call sees the masked IIN and address, the contacts, no comment", async () => {
    const operator = await apiAs(t, "operator.1414");
    const res = await operator.get(`/api/v1/complaints/${C}`);
    assertShows(await res.text(), "operator", DINARA, {
      iin: "masked",
      address: "masked",
      contacts: "full",
      comments: [],
      hidden: [COMMENT_C],
    });
    assert.equal((await operator.get(`/api/v1/complaints/${C}/history`)).status, 403);
    const registrar = await apiAs(t, "registrar.akmola-edu");
    assertShows(await (await registrar.get(`/api/v1/complaints/${C}`)).text(), "holder registrar", DINARA, {
      ...FULL,
      comments: [COMMENT_C],
      hidden: [],
    });
  });
});

describe("the history (API) follows the same policy", () => {
  for (const [login, relation, expect] of MATRIX_A) {
    it(`A × ${relation}`, async () => {
      const client = await apiAs(t, login);
      const res = await client.get(`/api/v1/complaints/${A}/history`);
      const view = await ok<View>(await client.get(`/api/v1/complaints/${A}`));
      // The history is a read of the access table: its verdict and the view's allowedReads agree.
      assert.equal(res.status === 200, view.allowedReads.includes("history"), "allowedReads says history");
      if (res.status !== 200) return;
      const text = await res.text();
      for (const c of expect.comments) assert.ok(text.includes(c), `${login} sees "${c}"`);
      for (const c of expect.hidden) assert.ok(!text.includes(c), `${login} must not see "${c}"`);
      // The executor's name travels in the assignment's details for those who may know it.
      const executorNamed = /"executor":/.test(text);
      assert.equal(executorNamed, login !== "admin", `${login}: the executor's name`);
    });
  }
});

describe("the pages", () => {
  for (const [login, relation, expect, files] of MATRIX_A) {
    if (login === "900101300126") continue;
    it(`the staff page of A × ${relation}`, async () => {
      const { status, html } = await page(login, `/kk/staff/complaints/${A}`);
      assert.equal(status, 200);
      assertShows(html, login, NURLAN, expect);
      assert.equal(html.includes("evidence.pdf"), files > 0, "the file is listed");
      assert.equal(html.includes('data-testid="attachments-withheld"'), files === 0);
      const view = await ok<View>(await (await apiAs(t, login)).get(`/api/v1/complaints/${A}`));
      // What the API allows is what the page links and offers.
      assert.equal(
        html.includes(`/api/v1/complaints/${A}/case-file`),
        view.allowedReads.includes("case_file"),
      );
      assert.equal(html.includes('data-testid="history"'), view.allowedReads.includes("history"));
      for (const action of ["register", "assign", "comment", "decide"])
        assert.equal(
          html.includes(`data-action="${action}"`),
          view.allowedActions.includes(action),
          `${login}: form ${action}`,
        );
    });
  }

  it("the citizen's page of A: their complaint, no internal comment; another citizen gets 404", async () => {
    const { status, html } = await page("900101300126", `/kk/complaints/${A}`);
    assert.equal(status, 200);
    assert.ok(html.includes("A: мерзім бұзылды."));
    assert.ok(!html.includes(COMMENT_A));
    assert.equal((await page("850315450011", `/kk/complaints/${A}`)).status, 404);
  });

  it("an attachment is downloadable exactly by those the policy lists it for", async () => {
    const view = await ok<View>(await (await apiAs(t, "900101300126")).get(`/api/v1/complaints/${A}`));
    const path = `/kk/complaints/${A}/attachments/${view.attachments[0]!.id}`;
    for (const [login, relation, , files] of MATRIX_A) {
      const { status } = await page(login, path);
      assert.equal(status, files > 0 ? 200 : 404, `${relation}: the file`);
    }
  });

  it("the operator's contact-centre page of C: no full IIN, no comment", async () => {
    const { status, html } = await page("operator.1414", `/kk/contact-centre/complaints/${C}`);
    assert.equal(status, 200);
    assert.ok(!html.includes(DINARA.iin) && !html.includes(DINARA.address) && !html.includes(COMMENT_C));
  });

  it("the staff page of B at the department that forwarded it: its own note only, masked data", async () => {
    const { status, html } = await page("head.akmola-edu", `/kk/staff/complaints/${B}`);
    assert.equal(status, 200);
    assertShows(html, "department (involved)", NURLAN, {
      ...MASKED,
      comments: [COMMENT_B_EDU],
      hidden: [COMMENT_B_AKIMAT],
    });
  });
});

describe("documents and exports", () => {
  it("the talon prints the applicant as the presenter shows them (initials only for the administrator)", async () => {
    for (const [login, shows] of [
      ["900101300126", true],
      ["head.akmola-edu", true],
      ["admin", false],
    ] as const) {
      const res = await (await apiAs(t, login)).get(`/api/v1/complaints/${A}/talon.pdf`);
      assert.equal(res.status, 200, login);
      const text = await pdfText(await res.arrayBuffer());
      assert.equal(text.includes(NURLAN.surname), shows, `${login}: the surname on the talon`);
    }
  });

  it("the decision letter prints the address only to those who may see it", async () => {
    const head = await apiAs(t, "head.akmola-edu");
    await ok(
      await head.post(`/api/v1/complaints/${A}/decision`, {
        outcome: "satisfied",
        text: "Шағым қанағаттандырылды.",
      }),
    );
    for (const [login, relation, expect] of MATRIX_A) {
      const client = await apiAs(t, login);
      const res = await client.get(`/api/v1/complaints/${A}/decision.pdf?lang=kk`);
      const view = await client.get(`/api/v1/complaints/${A}`);
      if (view.status === 404) {
        // The akimat saw A only while it was overdue: decided, it is not its case any more.
        assert.equal(res.status, 404, relation);
        continue;
      }
      const allowed = ((await view.json()) as View).allowedReads.includes("decision_letter");
      assert.equal(res.status, allowed ? 200 : 403, `${relation}: the letter`);
      const { html } = await page(login, `/kk/complaints/${A}`);
      assert.equal(
        html.includes(`/api/v1/complaints/${A}/decision.pdf`),
        allowed,
        `${relation}: the page links it`,
      );
      if (!allowed) continue;
      const text = await pdfText(await res.arrayBuffer());
      assert.ok(text.includes("Шағым қанағаттандырылды."), relation);
      assert.equal(text.includes(NURLAN.address), expect.address === "full", `${relation}: address`);
      assert.equal(text.includes(NURLAN.surname), login !== "admin", `${relation}: surname`);
      assert.ok(!text.includes(COMMENT_A), relation);
    }
  });

  it("the case-file export carries exactly what the API answer does", async () => {
    for (const [login, relation, expect] of MATRIX_A) {
      const client = await apiAs(t, login);
      const res = await client.get(`/api/v1/complaints/${A}/case-file`);
      const view = await client.get(`/api/v1/complaints/${A}`);
      if (view.status === 404) {
        assert.equal(res.status, 404, relation);
        continue;
      }
      const allowed = ((await view.json()) as View).allowedReads.includes("case_file");
      assert.equal(res.status, allowed ? 200 : 403, `${relation}: the case file`);
      if (allowed) assertShows(await res.text(), `${login} (case file)`, NURLAN, expect);
    }
  });

  it("the summary CSV holds counts, never a person", async () => {
    const head = await apiAs(t, "head.akmola-edu");
    const res = await head.get("/api/v1/reports/summary?from=2026-11-01&to=2026-12-31", {
      accept: "text/csv",
    });
    assert.equal(res.status, 200);
    const csv = await res.text();
    for (const s of [NURLAN.iin, NURLAN.maskedIin, NURLAN.surname, NURLAN.address, COMMENT_A])
      assert.ok(!csv.includes(s), s);
  });
});
