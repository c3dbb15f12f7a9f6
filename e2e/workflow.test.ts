import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { apiAs, validComplaint } from "../test/support/complaints.ts";
import { assertAccessible, signIn, useJourney } from "./support.ts";

const j = useJourney();

describe("staff workflow journey", () => {
  it("a registrar registers and assigns, the head decides, the citizen sees the result and downloads the decision letter", async () => {
    const citizenApi = await apiAs(j.server, "900101300126");
    // About an employee's conduct: the head of the body reviews it as the higher official.
    const filed = await citizenApi.post("/api/v1/complaints", validComplaint({ appealed: "employee" }));
    assert.equal(filed.status, 201);
    const { id } = (await filed.json()) as { id: string };

    // The registrar (Kazakh): the cabinet leads to the inbox; the complaint is first, unregistered.
    const registrarContext = await j.browser.newContext({ locale: "kk-KZ" });
    const registrar = await registrarContext.newPage();
    await signIn(j, registrar, "kk", "registrar.akmola-edu");
    await registrar.goto(`${j.server.url}/kk/cabinet`);
    assert.equal(new URL(registrar.url()).pathname, "/kk/staff");
    await assertAccessible(registrar, "staff inbox (kk)");
    await registrar.locator(`tr[data-id="${id}"] a`).click();
    assert.equal(new URL(registrar.url()).pathname, `/kk/staff/complaints/${id}`);
    await assertAccessible(registrar, "staff complaint (kk)");
    await registrar.locator("form[data-action=register] button").click();
    assert.match(await registrar.locator("[data-testid=status]").innerText(), /Тіркелді/);
    await registrar.locator("#assign-executorId").selectOption({ index: 1 });
    await registrar.locator("form[data-action=assign] button").click();
    assert.match(await registrar.locator("[data-testid=status]").innerText(), /Орындалуда/);
    await registrarContext.close();

    // The head (Russian) decides with a reasoned text; an empty text is refused field by field.
    const headContext = await j.browser.newContext({ locale: "ru-RU" });
    const head = await headContext.newPage();
    await signIn(j, head, "ru", "head.akmola-edu");
    await head.goto(`${j.server.url}/ru/staff/complaints/${id}`);
    await head.locator("#decide-outcome").selectOption("satisfied");
    await head.locator("form[data-action=decide] button:not([formaction])").click();
    assert.equal(await head.locator('.govuk-error-summary a[href="#decide-text"]').count(), 1);
    await assertAccessible(head, "staff complaint with errors (ru)");
    await head.locator("#decide-outcome").selectOption("satisfied");
    await head.locator("#decide-text").fill("Ребёнок поставлен в очередь с 12 ноября 2026 года.");
    await head.locator("form[data-action=decide] button:not([formaction])").click();
    assert.match(await head.locator("[data-testid=status]").innerText(), /Рассмотрена/);
    assert.match(await head.locator("[data-testid=history]").innerText(), /Вынесено решение/);
    await headContext.close();

    // The citizen (English) sees the result mark and downloads the decision letter.
    const citizenContext = await j.browser.newContext({ locale: "en-GB" });
    const citizen = await citizenContext.newPage();
    await signIn(j, citizen, "en", "900101300126");
    await citizen.goto(`${j.server.url}/en/complaints/${id}`);
    assert.match(await citizen.locator("body").innerText(), /Result of review/);
    await assertAccessible(citizen, "citizen complaint page (en)");
    const pdf = await citizen.request.get(`${j.server.url}/api/v1/complaints/${id}/decision.pdf?lang=en`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()["content-type"], "application/pdf");
    assert.equal((await pdf.body()).subarray(0, 5).toString("latin1"), "%PDF-");
    await citizenContext.close();
  });
});
