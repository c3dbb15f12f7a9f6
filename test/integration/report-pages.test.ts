import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import ExcelJS from "exceljs";
import { type TestApp, testApp } from "../support/app.ts";
import { Client } from "../support/browser.ts";
import { apiAs, decideAt, gov4cComplaint, officeComplaint } from "../support/complaints.ts";

let t: TestApp;
const ids: string[] = [];
before(async () => {
  t = await testApp();
  // Three paper complaints about an employee of the Akmola education department (its head
  // reviews them: 5 working days) received Fri 20 Nov 2026, review due Fri 27 Nov: one decided
  // Tue 24 Nov (2 working days), one Tue 1 Dec (7, late), one still open — overdue on 1 Dec.
  const registrar = await apiAs(t, "registrar.akmola-edu");
  for (const ground of ["refusal", "refusal", "rude_service"]) {
    const res = await registrar.post(
      "/api/v1/office/complaints",
      officeComplaint({ grounds: [ground], appealed: "employee" }),
    );
    assert.equal(res.status, 201, await res.clone().text());
    ids.push(((await res.json()) as { id: string }).id);
  }
  // One at the State Corporation's Akmola branch (same region, another akimat's tree).
  const gov4c = await apiAs(t, "registrar.gov4c-akmola");
  const res = await gov4c.post("/api/v1/office/complaints", gov4cComplaint());
  assert.equal(res.status, 201, await res.clone().text());
  await decideAt(t, "2026-11-24T05:00:00Z", ids[0]!, "satisfied");
  await decideAt(t, "2026-12-01T05:00:00Z", ids[1]!, "not_satisfied");
});
after(() => t.close());

async function signedIn(login: string, lang = "en") {
  const client = new Client(t.app);
  assert.equal((await client.signIn(login, "demo", lang)).status, 303);
  return client;
}

/** The cells of the row headed `label` in the table `key` of a report page. */
function row(html: string, key: string, label: string): string[] {
  const table =
    new RegExp(`<table class="[^"]*" data-table="${key}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? "";
  const rows = table.split("<tr").filter((r) => r.includes(label));
  assert.equal(rows.length, 1, `${key}: one row for ${label}`);
  return [...rows[0]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) =>
    m[1]!.replace(/<[^>]+>/g, "").trim(),
  );
}

const PERIOD = "from=2026-11&to=2026-11";

describe("report page", () => {
  it("measures the seeded complaints by body on the official calendar, with the overdue one listed", async () => {
    const client = await signedIn("head.quality-akmola");
    const res = await client.get(`/en/reports?${PERIOD}`);
    assert.equal(res.status, 200);
    const html = await res.text();
    // received, registered late, forwarded, decided on time, on-time share, overdue, median, p90,
    // escalated, escalations upheld (none decided here)
    assert.deepEqual(row(html, "body", "Education Department of Akmola Region").slice(1), [
      "3",
      "0 of 3 (0 %)",
      "0 of 0 (—)",
      "1 of 2 (50 %)",
      "1 of 2 (50 %)",
      "1",
      "2",
      "7",
      "0 of 2 (0 %)",
      "0 of 0 (—)",
    ]);
    assert.match(row(html, "body", "Education Department of Akmola Region")[0]!, /below threshold/);
    assert.equal(row(html, "total", "Complaints received")[1], "4");
    assert.deepEqual(row(html, "outcomes", "Satisfied"), ["Satisfied", "1"]);
    assert.deepEqual(row(html, "month", "2026-11").slice(0, 2), ["2026-11", "4"]);
    // The recently overdue: the open complaint, linked, since its review's last day.
    assert.match(html, new RegExp(`href="/en/staff/complaints/${ids[2]}"`));
    assert.doesNotMatch(html, new RegExp(`href="/en/staff/complaints/${ids[0]}"`));
    assert.match(row(html, "overdue", "Education Department of Akmola Region").at(-1)!, /2026-11-27/);
    // The chart is SVG with a title, and its data table beside it.
    assert.match(html, /<svg class="app-chart"[^>]*role="img"[^>]*aria-labelledby="chart-body-title"/);
    assert.match(html, /<title id="chart-body-title">On-time share by body<\/title>/);
    assert.match(html, /app-chart__bar--below/);
  });

  it("scopes by role: a head sees only their body, an akimat its bodies, another region nothing", async () => {
    const bodies = async (login: string) => {
      const html = await (await (await signedIn(login)).get(`/en/reports?${PERIOD}`)).text();
      const table = /data-table="body">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
      return [...table.matchAll(/<th scope="row"[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
        m[1]!
          .replace(/<[^>]+>/g, "")
          .replace(/below threshold/, "")
          .trim(),
      );
    };
    assert.deepEqual(await bodies("head.akmola-edu"), ["Education Department of Akmola Region"]);
    assert.deepEqual(await bodies("head.akmola-akimat"), ["Education Department of Akmola Region"]);
    assert.equal((await bodies("head.quality-akmola")).length, 2);
    assert.deepEqual(await bodies("head.quality-karaganda"), []);
    assert.equal((await bodies("admin")).length, 2);
    // A head cannot widen the scope by naming another body.
    const gov4c = await (await signedIn("head.akmola-edu")).get(`/en/reports?${PERIOD}&body=gov4c-akmola`);
    assert.deepEqual(row(await gov4c.text(), "total", "Complaints received"), ["Complaints received", "3"]);
    assert.equal((await (await signedIn("registrar.akmola-edu")).get("/en/reports")).status, 403);
    assert.equal((await new Client(t.app).get("/en/reports")).status, 303);
  });

  it("filters by service, ground and region", async () => {
    const client = await signedIn("admin");
    const edu = await (await client.get(`/en/reports?${PERIOD}&service=EDU-01`)).text();
    assert.equal(row(edu, "total", "Complaints received")[1], "3");
    const rude = await (await client.get(`/en/reports?${PERIOD}&ground=rude_service`)).text();
    assert.equal(row(rude, "total", "Complaints received")[1], "1");
    const karaganda = await (await client.get(`/en/reports?${PERIOD}&region=35`)).text();
    assert.equal(row(karaganda, "total", "Complaints received")[1], "0");
    const october = await (await client.get("/en/reports?from=2026-10&to=2026-10")).text();
    assert.equal(row(october, "total", "Complaints received")[1], "0");
  });
});

describe("report exports", () => {
  it("CSV of a table, headers in the reader's language", async () => {
    const client = await signedIn("head.akmola-edu", "ru");
    const res = await client.get(`/ru/reports?${PERIOD}&format=csv&table=body`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/csv/);
    assert.match(
      res.headers.get("content-disposition") ?? "",
      /attachment; filename="report-body-2026-11-2026-11.csv"/,
    );
    const lines = (await res.text()).split("\r\n");
    assert.match(lines[0]!, /^Орган,Поступило жалоб,Зарегистрировано с опозданием,/);
    assert.match(lines[1]!, /,3,0,,0\.5,0\.5,1,2,7,0,$/);
    assert.equal((await client.get(`/ru/reports?${PERIOD}&format=pdf&table=body`)).status, 404);
  });

  it("XLSX of a table, read back", async () => {
    const client = await signedIn("head.akmola-edu", "kk");
    const res = await client.get(`/kk/reports?${PERIOD}&format=xlsx&table=outcomes`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-disposition") ?? "", /\.xlsx"$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet("outcomes")!;
    assert.equal(sheet.getRow(1).getCell(1).value, "Нәтижелері");
    assert.equal(sheet.getRow(3).getCell(1).value, "Қанағаттандырылды");
    assert.equal(sheet.getRow(3).getCell(2).value, 1);
  });
});
