import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { and, eq, inArray } from "drizzle-orm";
import { complaintEvents, organizations, users } from "../../src/db/schema.ts";
import { type Lang, t } from "../../src/i18n/index.ts";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, validComplaint } from "../support/complaints.ts";

let t0: TestApp;
before(async () => {
  t0 = await testApp();
});
after(() => t0.close());

const html = async (path: string, client = new Client(t0.app)) => {
  const res = await client.get(path);
  assert.equal(res.status, 200, path);
  return (await res.text()).replace(/&quot;/g, '"').replace(/&#39;/g, "'");
};

describe("texts that are right", () => {
  it("the help page names the bodies by their current names", async () => {
    const orgs = await t0.db
      .select()
      .from(organizations)
      .where(inArray(organizations.id, ["quality-karaganda"]));
    for (const lang of ["kk", "ru", "en"] as const) {
      const page = await html(`/${lang}/help`);
      const name = { kk: orgs[0]!.nameKk, ru: orgs[0]!.nameRu, en: orgs[0]!.nameEn }[lang as Lang];
      assert.ok(page.includes(name), `${lang}: ${name}`);
      assert.doesNotMatch(page, /противодействию коррупции|сыбайлас жемқорлыққа|Anti-Corruption/, lang);
    }
  });

  it("a complaint page counts working days with the right plural form", async () => {
    const citizen = await apiAs(t0, "900101300126");
    const registrar = await apiAs(t0, "registrar.akmola-edu");
    const ids: string[] = [];
    // The body's own act (forwarded within 3 working days) and an employee's conduct (reviewed in 5).
    for (const appealed of ["body", "employee"]) {
      const res = await citizen.post("/api/v1/complaints", validComplaint({ appealed }));
      const { id } = (await res.json()) as { id: string };
      assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 200);
      ids.push(id);
    }
    const client = new Client(t0.app);
    await client.signIn("900101300126", "demo", "ru");
    const forward = await html(`/ru/complaints/${ids[0]}`, client);
    const review = await html(`/ru/complaints/${ids[1]}`, client);
    assert.ok(
      forward.includes(t("ru", "complaint.deadline.forward", { days: "3 рабочих дня" })),
      "3 рабочих дня",
    );
    assert.ok(
      review.includes(t("ru", "complaint.deadline.review", { days: "5 рабочих дней" })),
      "5 рабочих дней",
    );
    assert.doesNotMatch(forward, /3 рабочих дней/);
    assert.ok(forward.includes(t("ru", "regime.appc-2021")), "the regime");
    assert.ok(forward.includes(t("ru", "regime.basis.appc-2021")), "and its basis");
    assert.ok((await html(`/kk/complaints/${ids[0]}`, client)).includes("3 жұмыс күні"));
    assert.ok((await html(`/kk/complaints/${ids[1]}`, client)).includes("5 жұмыс күні"));
  });

  it("prints a stamp's position in the reader's language, the stamp itself in the complaint's", async () => {
    const citizen = await apiAs(t0, "900101300126");
    const res = await citizen.post("/api/v1/complaints", validComplaint(), { "accept-language": "kk" });
    const { id, language } = (await res.json()) as { id: string; language: string };
    assert.equal(language, "kk");
    const registrar = await apiAs(t0, "registrar.akmola-edu");
    assert.equal((await registrar.post(`/api/v1/complaints/${id}/register`, {})).status, 200);
    const [account] = await t0.db.select().from(users).where(eq(users.login, "registrar.akmola-edu"));
    const [event] = await t0.db
      .select()
      .from(complaintEvents)
      .where(and(eq(complaintEvents.complaintId, id), eq(complaintEvents.kind, "registered")));
    assert.equal(event!.actor?.position, account!.positionKk, "stored in the complaint's language");
    const client = new Client(t0.app);
    await client.signIn("900101300126", "demo", "ru");
    const ru = await html(`/ru/complaints/${id}`, client);
    const en = await html(`/en/complaints/${id}`, client);
    const kk = await html(`/kk/complaints/${id}`, client);
    assert.ok(ru.includes(`Жұмабаева Ә. Қ., ${account!.positionRu}`), "accepted by, in Russian");
    assert.ok(en.includes(`Жұмабаева Ә. Қ., ${account!.positionEn}`), "in English");
    assert.ok(kk.includes(`Жұмабаева Ә. Қ., ${account!.positionKk}`), "the stamp itself");
    assert.ok(!ru.includes(account!.positionKk!), "no Kazakh position on the Russian page");
  });
});
