import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { renderDaySheet } from "../../../documents/day-sheet.ts";
import { DomainError, notFound } from "../../../domain/errors.ts";
import { REGION_CODES, VISIT_EVENTS, VISIT_STATUSES, VISIT_WINDOWS } from "../../../domain/home-visits.ts";
import { localDate } from "../../../domain/time.ts";
import { isLang, LANGS, type Lang } from "../../../i18n/index.ts";
import { cancelHomeVisit } from "../../../operations/cancel-home-visit.ts";
import { completeHomeVisit } from "../../../operations/complete-home-visit.ts";
import { idempotent } from "../../../operations/idempotency.ts";
import { recordNotAtHome } from "../../../operations/record-not-at-home.ts";
import { recordStatusLookup } from "../../../operations/record-status-lookup.ts";
import { type HomeVisitRequest, requestHomeVisit } from "../../../operations/request-home-visit.ts";
import { scheduleHomeVisit } from "../../../operations/schedule-home-visit.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import {
  actorOf,
  daySheet,
  type HomeVisitView,
  homeVisitView,
  listHomeVisits,
  visitStatusCheck,
  worksWithVisits,
} from "../../../queries/home-visits.ts";
import { clientAddress } from "../../client-address.ts";
import type { AppEnv } from "../../context.ts";
import { requireUser } from "../../guards.ts";
import { Iin, IsoDate } from "./complaint-schemas.ts";
import { problem, problems } from "./schemas.ts";

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, "phone_invalid");

/** What the operator records (api.md, "Home visits"); the pages check the same schema. */
export const HomeVisitBody = z
  .object({
    applicant: z.object({
      iin: Iin,
      surname: text(100),
      name: text(100),
      patronymic: optionalText(100),
      phones: z.array(Phone).min(1).max(5),
      address: text(500),
      regionCode: z.enum(REGION_CODES).nullish().openapi({
        description:
          "KATO code of the oblast or city (two digits): the request goes to that region's State Corporation branch, or the national office when it has none or none is given",
      }),
      district: z
        .string()
        .trim()
        .max(100)
        .default("")
        .openapi({ description: "District or city part: the day sheet's route order" }),
    }),
    serviceId: text(50),
    note: optionalText(500).openapi({
      description:
        "What limits the person's mobility: shown only to the branch and the operator, never exported",
    }),
    preferred: optionalText(500).openapi({ description: "Preferred days and times, as the caller says" }),
    language: z.enum(LANGS),
  })
  .openapi("HomeVisitInput");

export const ScheduleBody = z
  .object({ date: IsoDate, window: z.enum(VISIT_WINDOWS), employeeId: z.string().trim().min(1).max(100) })
  .openapi("HomeVisitSchedule");
export const NotAtHomeBody = z
  .object({
    nextAttempt: IsoDate.nullish().openapi({
      description: "Book the next attempt for this day (with `window`)",
    }),
    window: z.enum(VISIT_WINDOWS).nullish(),
    note: optionalText(500),
  })
  .refine((b) => !b.nextAttempt || b.window, { message: "required", path: ["window"] })
  .openapi("HomeVisitNotAtHome");
export const CompleteBody = z
  .object({ documents: z.array(text(200)).min(1).max(30) })
  .openapi("HomeVisitComplete");
export const CancelBody = z.object({ reason: text(1000) }).openapi("HomeVisitCancel");

const Names = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const HomeVisitSchema = z
  .object({
    id: z.string(),
    reference: z.string(),
    status: z.enum(VISIT_STATUSES),
    branchId: z.string(),
    branch: z.object({ id: z.string(), name: Names, address: Names.nullable() }),
    service: z.object({ id: z.string(), name: Names }),
    applicant: z.object({
      iin: z.string(),
      surname: z.string(),
      name: z.string(),
      patronymic: z.string().nullable(),
      phones: z.array(z.string()),
    }),
    regionCode: z.string().nullable(),
    district: z.string(),
    address: z.string(),
    note: z.string().nullable(),
    preferred: z.string().nullable(),
    language: z.enum(LANGS),
    receivedAt: z.string(),
    startsOn: z.string(),
    workingDays: z.number().int(),
    due: z.string(),
    basis: z
      .object({ code: z.string() })
      .openapi({ description: "branch_standard: a configurable number of working days" }),
    overdue: z.boolean(),
    late: z.boolean(),
    scheduledOn: z.string().nullable(),
    window: z.string().nullable(),
    employee: z.object({ id: z.string(), surname: z.string(), name: z.string() }).nullable(),
    documents: z.array(z.string()),
    filedAt: z.string().nullable().openapi({
      description: "When the documents were accepted: the service's application counts as filed",
    }),
    cancelReason: z.string().nullable(),
    history: z.array(
      z.object({
        kind: z.enum(VISIT_EVENTS),
        at: z.string(),
        actor: z.object({ surname: z.string(), name: z.string() }).nullable(),
        data: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
      }),
    ),
    allowedActions: z.array(z.string()),
  })
  .openapi("HomeVisit");
type HomeVisitJson = z.infer<typeof HomeVisitSchema>;

const ListItem = z
  .object({
    id: z.string(),
    reference: z.string(),
    status: z.enum(VISIT_STATUSES),
    branchId: z.string(),
    applicantName: z.string(),
    district: z.string(),
    address: z.string(),
    serviceId: z.string(),
    due: z.string(),
    overdue: z.boolean(),
    scheduledOn: z.string().nullable(),
    window: z.string().nullable(),
    employeeId: z.string().nullable(),
  })
  .openapi("HomeVisitListItem");

const VisitStatusSchema = z
  .object({
    reference: z.string(),
    status: z.enum(VISIT_STATUSES),
    due: z.string(),
    scheduledOn: z.string().nullable(),
    window: z.string().nullable(),
    branch: z.object({ name: Names, phones: z.array(z.string()) }),
    service: z.object({ name: Names }),
    events: z.array(z.object({ kind: z.enum(VISIT_EVENTS), at: z.string() })),
  })
  .openapi("HomeVisitStatus");

/** The API answer of a visit (the view under the contract's names). */
export function visitJson(v: HomeVisitView): HomeVisitJson {
  const { mobilityNote, events, basis, relation: _relation, mayComplain: _may, ...rest } = v;
  return { ...rest, branchId: v.branch.id, note: mobilityNote, basis: { code: basis }, history: events };
}

/** The request body as the operation takes it. */
export function toVisitRequest(b: z.infer<typeof HomeVisitBody>): HomeVisitRequest {
  return {
    applicant: {
      iin: b.applicant.iin,
      surname: b.applicant.surname,
      name: b.applicant.name,
      patronymic: b.applicant.patronymic,
      phones: b.applicant.phones,
    },
    regionCode: b.applicant.regionCode ?? null,
    district: b.applicant.district,
    address: b.applicant.address,
    serviceId: b.serviceId,
    note: b.note,
    preferred: b.preferred,
    language: b.language,
  };
}

const Params = z.object({ id: z.string() });
const visitOk = { description: "The visit", content: { "application/json": { schema: HomeVisitSchema } } };

function step<B extends z.ZodTypeAny>(path: string, summary: string, body: B, required = true) {
  return createRoute({
    method: "post",
    path: `/home-visits/{id}/${path}`,
    tags: ["home visits"],
    summary,
    request: { params: Params, body: { required, content: { "application/json": { schema: body } } } },
    responses: { 200: visitOk, ...problems },
  });
}

/** After a step: the visit as the actor now sees it. */
async function answer(c: Context<AppEnv>, id: string) {
  const user = requireUser(c);
  const { db, now } = c.get("deps");
  const view = await homeVisitView(db, id, actorOf(user), now());
  if (!view) throw notFound();
  return c.json(visitJson(view), 200);
}

/** The day sheet PDF for the branch or its field employee (also linked from the pages). */
export async function daySheetPdf(c: Context<AppEnv>, date: string, lang: Lang): Promise<Response> {
  const user = requireUser(c, ["registrar", "head", "executor"]);
  const sheet = await daySheet(c.get("deps").db, actorOf(user), date);
  if (!sheet) throw new DomainError("forbidden", "forbidden");
  const pdf = await renderDaySheet(sheet, lang);
  return c.body(new Uint8Array(pdf), 200, {
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="day-sheet-${date}.pdf"`,
    "Cache-Control": "private, no-store",
    "Content-Language": lang,
  });
}

export function homeVisitRoutes(api: OpenAPIHono<AppEnv>) {
  api.openapi(
    createRoute({
      method: "post",
      path: "/home-visits",
      tags: ["home visits"],
      summary:
        "The contact centre records a request for documents accepted at home (seed 000): routed to the State Corporation branch of the person's region (or the national office), due in HOME_VISIT_WORKING_DAYS working days (branch standard); the person gets the reference by SMS",
      request: {
        headers: z.object({ "idempotency-key": z.string().min(1).max(200).optional() }),
        body: { required: true, content: { "application/json": { schema: HomeVisitBody } } },
      },
      responses: {
        201: { description: "Recorded", content: { "application/json": { schema: HomeVisitSchema } } },
        401: problems[401],
        403: problem("Not a contact-centre operator"),
        422: problems[422],
      },
    }),
    async (c) => {
      const user = requireUser(c, ["operator"]);
      const body = c.req.valid("json");
      const { db, now, config } = c.get("deps");
      const calendar = await currentCalendar(db);
      const stored = await db.transaction((tx) =>
        idempotent(tx, user.id, c.req.header("idempotency-key"), now(), async () => {
          const id = await requestHomeVisit(tx, {
            actor: user,
            input: toVisitRequest(body),
            receivedAt: now(),
            calendar,
            workingDays: config.homeVisitWorkingDays,
            requestId: c.get("requestId"),
          });
          const view = await homeVisitView(tx, id, actorOf(user), now());
          return { status: 201, body: visitJson(view!) };
        }),
      );
      return c.json(stored.body as HomeVisitJson, 201);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/home-visits",
      tags: ["home visits"],
      summary:
        "Visits by due date: the operator's own requests, the branch's (registrar, head), the field employee's own; `date` is the visit day",
      request: {
        query: z.object({ status: z.enum(VISIT_STATUSES).optional(), date: IsoDate.optional() }),
      },
      responses: {
        200: { description: "Visits", content: { "application/json": { schema: z.array(ListItem) } } },
        401: problems[401],
        403: problem("A role without home visits"),
      },
    }),
    async (c) => {
      const user = requireUser(c);
      if (!worksWithVisits(actorOf(user))) throw new DomainError("forbidden", "forbidden");
      const { status, date } = c.req.valid("query");
      const { db, now } = c.get("deps");
      return c.json(await listHomeVisits(db, actorOf(user), { status, date }, now()), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/home-visits/status",
      tags: ["home visits"],
      summary:
        "Public status of a visit by its reference and one of the phones it was requested with: status, due date, the visit day; no personal data. A wrong phone is the same 404 as an unknown reference; limited per client address",
      request: { query: z.object({ reference: z.string().max(20), phone: z.string().max(30) }) },
      responses: {
        200: { description: "Status", content: { "application/json": { schema: VisitStatusSchema } } },
        404: problems[404],
        422: problems[422],
        429: problem("Too many lookups"),
      },
    }),
    async (c) => {
      const { reference, phone } = c.req.valid("query");
      const { db, now } = c.get("deps");
      await recordStatusLookup(db, { client: `address:${clientAddress(c)}`, now: now() });
      const found = await visitStatusCheck(db, reference, phone);
      if (!found) throw notFound();
      c.header("Cache-Control", "no-store");
      return c.json(found, 200);
    },
  );

  api.get("/home-visits/day-sheet.pdf", (c) => {
    const asked = c.req.query("lang");
    const date = IsoDate.safeParse(c.req.query("date") ?? localDate(c.get("deps").now()));
    if (!date.success)
      throw new DomainError("validation", "validation", [{ field: "date", code: "date_invalid" }]);
    return daySheetPdf(c, date.data, isLang(asked) ? asked : c.get("lang"));
  });
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/home-visits/day-sheet.pdf",
    tags: ["home visits"],
    summary:
      "The day sheet (PDF, kk/ru/en): the visits of a date in route order by district — addresses, phones, services, what to bring; the field employee's own, or the branch's",
    request: {
      query: z.object({ date: z.string().optional(), lang: z.enum(["kk", "ru", "en"]).optional() }),
    },
    responses: {
      200: {
        description: "The day sheet",
        content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
      },
      401: { description: "Not signed in" },
      403: { description: "Not branch staff" },
    },
  });

  api.openapi(
    createRoute({
      method: "get",
      path: "/home-visits/{id}",
      tags: ["home visits"],
      summary: "One visit with its history and the steps the caller may take now",
      request: { params: Params },
      responses: { 200: visitOk, 401: problems[401], 404: problems[404] },
    }),
    (c) => answer(c, c.req.valid("param").id),
  );

  api.openapi(
    step(
      "schedule",
      "Book or rebook the visit: a working day from today on, a time window, a field employee of the branch",
      ScheduleBody,
    ),
    async (c) => {
      const user = requireUser(c);
      const id = c.req.valid("param").id;
      const body = c.req.valid("json");
      const { db, now } = c.get("deps");
      const calendar = await currentCalendar(db);
      await db.transaction((tx) =>
        scheduleHomeVisit(tx, {
          actor: actorOf(user),
          id,
          date: body.date,
          window: body.window,
          employeeId: body.employeeId,
          now: now(),
          calendar,
          requestId: c.get("requestId"),
        }),
      );
      return answer(c, id);
    },
  );

  api.openapi(
    step(
      "not-at-home",
      "Nobody was at home: with `nextAttempt` and `window` the visit is booked again for that day, else it waits for the branch to rebook",
      NotAtHomeBody,
      false,
    ),
    async (c) => {
      const user = requireUser(c);
      const id = c.req.valid("param").id;
      const body = c.req.header("content-type")
        ? c.req.valid("json")
        : { nextAttempt: null, window: null, note: null };
      const { db, now } = c.get("deps");
      const calendar = await currentCalendar(db);
      await db.transaction((tx) =>
        recordNotAtHome(tx, {
          actor: actorOf(user),
          id,
          nextAttempt:
            body.nextAttempt && body.window ? { date: body.nextAttempt, window: body.window } : null,
          note: body.note ?? null,
          now: now(),
          calendar,
          requestId: c.get("requestId"),
        }),
      );
      return answer(c, id);
    },
  );

  api.openapi(
    step(
      "complete",
      "Documents accepted, with their list: the moment the public service's own application counts as filed",
      CompleteBody,
    ),
    async (c) => {
      const user = requireUser(c);
      const id = c.req.valid("param").id;
      const { documents } = c.req.valid("json");
      const { db, now } = c.get("deps");
      await db.transaction((tx) =>
        completeHomeVisit(tx, {
          actor: actorOf(user),
          id,
          documents,
          now: now(),
          requestId: c.get("requestId"),
        }),
      );
      return answer(c, id);
    },
  );

  api.openapi(
    step("cancel", "Cancel the visit with the reason the person is told", CancelBody),
    async (c) => {
      const user = requireUser(c);
      const id = c.req.valid("param").id;
      const { reason } = c.req.valid("json");
      const { db, now } = c.get("deps");
      await db.transaction((tx) =>
        cancelHomeVisit(tx, { actor: actorOf(user), id, reason, now: now(), requestId: c.get("requestId") }),
      );
      return answer(c, id);
    },
  );
}
