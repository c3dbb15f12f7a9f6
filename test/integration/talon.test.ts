import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { registerComplaint } from "../../src/operations/register-complaint.ts";
import { currentCalendar } from "../../src/queries/calendar.ts";
import { findSessionUser } from "../../src/queries/session-user.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, officeComplaint, validComplaint } from "../support/complaints.ts";
import { pdfText } from "../support/pdf.ts";

let t: TestApp;
before(async () => {
  t = await testApp({ PUBLIC_URL: "https://shagym.example.kz" });
});
after(() => t.close());

type View = { id: string; registration: { number: string } | null };

async function fileOffice(body = officeComplaint(), lang = "ru") {
  const registrar = await apiAs(t, "registrar.akmola-edu");
  const res = await registrar.post("/api/v1/office/complaints", body, { "accept-language": lang });
  assert.equal(res.status, 201);
  return { registrar, complaint: (await res.json()) as View };
}

describe("the talon PDF", () => {
  it("prints number, official, term and place, check code and the status URL, in Kazakh and Russian", async () => {
    const { registrar, complaint } = await fileOffice();
    const res = await registrar.get(`/api/v1/complaints/${complaint.id}/talon.pdf`, {
      "accept-language": "kk",
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/pdf");
    assert.match(
      res.headers.get("content-disposition") ?? "",
      /attachment; filename="talon-AKMOLA-EDU-2026-\d{5}\.pdf"/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.equal(new TextDecoder().decode(bytes.subarray(0, 5)), "%PDF-");
    const text = await pdfText(bytes);
    const number = complaint.registration!.number;
    assert.ok(text.includes(number), "the registration number");
    assert.ok(text.includes("Жұмабаева Ә. Қ."), "the accepting official's surname and initials");
    assert.ok(
      text.includes("Кеңсе маманы") && text.includes("Специалист канцелярии"),
      "the position in both languages",
    );
    // Kazakh words with Ә, Ң or Ү survive (Roboto covers them), then the Russian half.
    assert.match(text, /Шағымның қабылданғаны туралы/);
    assert.match(text, /Жауап беру мерзімі/);
    assert.ok(/[ӘәҢңҮү]/.test(text));
    assert.ok(text.indexOf("Тіркеу нөмірі") < text.indexOf("Регистрационный"), "the caller's language first");
    assert.match(text, /25 ноября 2026/, "answerBy formatted");
    assert.match(text, /Кокшетау, ул\. Сатпаева, 1А, каб\. 303/, "the place of the answer");
    assert.match(text, /Ахметова Д\. С\./, "the holder of the talon");
    const code = /Тексеру коды:? ([A-Z2-9]{8})/.exec(text)?.[1];
    assert.ok(code, "the check code is printed");
    assert.ok(
      text.includes(`https://shagym.example.kz/kk/status?number=${number}&code=${code}`),
      "the QR payload: an ASCII URL to the public status page on PUBLIC_URL",
    );
  });

  it("prints English with Russian when asked in English", async () => {
    const { registrar, complaint } = await fileOffice();
    const res = await registrar.get(`/api/v1/complaints/${complaint.id}/talon.pdf?lang=en`);
    assert.equal(res.status, 200);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    assert.ok(text.indexOf("Registration number") < text.indexOf("Регистрационный номер"));
    assert.ok(!text.includes("Тіркеу нөмірі"));
  });

  it("prints markup in a name as text", async () => {
    const body = officeComplaint();
    (body.applicant as { surname: string }).surname = "<b>Бейсенова</b>";
    const { registrar, complaint } = await fileOffice(body);
    const res = await registrar.get(`/api/v1/complaints/${complaint.id}/talon.pdf`);
    assert.ok((await pdfText(new Uint8Array(await res.arrayBuffer()))).includes("<b>Бейсенова</b>"));
  });

  it("is 404 for another citizen and for a stranger's office, 401 without a session", async () => {
    const { complaint } = await fileOffice();
    const other = await apiAs(t, "900101300126");
    const res = await other.get(`/api/v1/complaints/${complaint.id}/talon.pdf`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get("content-type") ?? "", /application\/problem\+json/);
    const elsewhere = await apiAs(t, "registrar.quality-karaganda");
    assert.equal((await elsewhere.get(`/api/v1/complaints/${complaint.id}/talon.pdf`)).status, 404);
    assert.equal((await t.app.request(`/api/v1/complaints/${complaint.id}/talon.pdf`)).status, 401);
    assert.equal((await other.get("/api/v1/complaints/not-an-id/talon.pdf")).status, 404);
  });

  it("is 409 for the applicant until the complaint is registered, then the applicant gets it", async () => {
    const citizen = await apiAs(t, "900101300126");
    const filed = await citizen.post("/api/v1/complaints", validComplaint());
    const c = (await filed.json()) as View;
    const before = await citizen.get(`/api/v1/complaints/${c.id}/talon.pdf`);
    assert.equal(before.status, 409);
    assert.equal(((await before.json()) as { code: string }).code, "not_registered");

    const registrar = await apiAs(t, "registrar.akmola-edu");
    const actor = (await findSessionUser(t.db, registrar.token, new Date("2026-11-20T05:00:00Z")))!;
    const calendar = await currentCalendar(t.db);
    const reg = await t.db.transaction((tx) =>
      registerComplaint(tx, { complaintId: c.id, actor, now: new Date("2026-11-20T05:00:00Z"), calendar }),
    );
    const after = await citizen.get(`/api/v1/complaints/${c.id}/talon.pdf`, { "accept-language": "kk" });
    assert.equal(after.status, 200);
    const text = await pdfText(new Uint8Array(await after.arrayBuffer()));
    assert.ok(text.includes(reg.number));
    assert.ok(text.includes(reg.checkCode));
  });

  it("downloads from the office page for a signed-in registrar", async () => {
    const { complaint } = await fileOffice();
    const browser = new Client(t.app);
    await browser.signIn("registrar.akmola-edu", "demo", "ru");
    const res = await browser.get(`/ru/office/complaints/${complaint.id}/talon.pdf`);
    assert.equal(res.status, 200);
    const text = await pdfText(new Uint8Array(await res.arrayBuffer()));
    assert.ok(text.indexOf("Регистрационный номер") < text.indexOf("Тіркеу нөмірі"), "Russian first on /ru");
  });
});
