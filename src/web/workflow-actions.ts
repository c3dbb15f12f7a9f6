import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Tx } from "../db/connection.ts";
import type { Calendar } from "../domain/calendar/index.ts";
import { OUTCOMES, type Signature } from "../domain/complaint.ts";
import { type Action, LEAVE_GROUNDS } from "../domain/lifecycle.ts";
import { addComment } from "../operations/add-comment.ts";
import { adoptFavourableAct } from "../operations/adopt-favourable-act.ts";
import { assignComplaint } from "../operations/assign-complaint.ts";
import { decideComplaint } from "../operations/decide-complaint.ts";
import { extendReview } from "../operations/extend-review.ts";
import { forwardComplaint } from "../operations/forward-complaint.ts";
import { leaveWithoutConsideration } from "../operations/leave-without-consideration.ts";
import { redirectComplaint } from "../operations/redirect-complaint.ts";
import { registerAtHolder } from "../operations/register-at-holder.ts";
import { restoreTerm } from "../operations/restore-term.ts";
import { withdrawComplaint } from "../operations/withdraw-complaint.ts";
import { currentCalendar } from "../queries/calendar.ts";
import type { SessionUser } from "../queries/session-user.ts";
import type { AppEnv } from "./context.ts";
import { requireUser } from "./guards.ts";
import { checkedDecisionSignature } from "./signing.ts";

const Text = (max = 10000) => z.string().trim().min(1).max(max);

/** The longest reason the applicant may give for a withdrawal (portal page and API). */
export const MAX_WITHDRAW_REASON = 2000;

/** What every action gets besides its body. */
export type ActionBase = {
  complaintId: string;
  actor: SessionUser;
  now: Date;
  calendar: Calendar;
  language: "kk" | "ru" | "en";
  requestId: string;
};

type Entry<S extends z.ZodType> = {
  /** The API path after `/complaints/{id}/`. */
  path: string;
  summary: string;
  body: S;
  /** An HTML form's strings → the body's shape (empty fields are already left out). */
  fromForm?: (values: Record<string, string>) => unknown;
  status?: 200 | 201;
  /** A check made before the transaction (a signature's, whose refusal is audited); its result goes to `run`. */
  prepare?: (c: Context<AppEnv>, base: ActionBase, body: z.infer<S>) => Promise<unknown>;
  run: (tx: Tx, base: ActionBase, body: z.infer<S>, prepared: unknown) => Promise<unknown>;
};
const entry = <S extends z.ZodType>(e: Entry<S>) => e;

const number = (text: string | undefined) => (text && /^\d{1,3}$/.test(text) ? Number(text) : text);

/**
 * Every workflow action as ONE table — its body, how a form's strings become that body, and the
 * operation it runs — used by the JSON API and by the staff and citizen pages alike, so the two
 * edges cannot drift apart. (Escalation creates a complaint and lives with the filing routes.)
 */
export const WORKFLOW_ACTIONS = {
  register: entry({
    path: "register",
    summary: "Register the complaint at its holder on its legal date (registrar or head of the holder)",
    body: z.object({}).passthrough(),
    run: (tx, b) => registerAtHolder(tx, b),
  }),
  assign: entry({
    path: "assign",
    summary: "Assign (or reassign) to an executor of the holder",
    body: z.object({ executorId: z.string().min(1) }),
    run: (tx, b, body) => assignComplaint(tx, { ...b, executorId: body.executorId }),
  }),
  comment: entry({
    path: "comments",
    summary: "An internal comment, never shown to the applicant",
    body: z.object({ text: Text(5000) }),
    status: 201,
    run: (tx, b, body) => addComment(tx, { ...b, text: body.text }),
  }),
  favourable_act: entry({
    path: "favourable-act",
    summary: "Adopt a favourable act inside the forward window (APPC art. 91 p. 4)",
    body: z.object({ text: Text(), actNumber: z.string().trim().max(100).optional() }),
    run: (tx, b, body) =>
      adoptFavourableAct(tx, { ...b, text: body.text, actNumber: body.actNumber || null }),
  }),
  forward: entry({
    path: "forward",
    summary: "Forward with the administrative case to the reviewing body (proposed when omitted)",
    body: z.object({
      reviewingBodyId: z.string().trim().min(1).optional(),
      note: z.string().trim().max(5000).optional(),
      explanation: z.string().trim().max(10000).optional(),
    }),
    run: (tx, b, body) =>
      forwardComplaint(tx, {
        ...b,
        reviewingBodyId: body.reviewingBodyId ?? null,
        explanation: body.explanation || null,
        note: body.note || null,
      }),
  }),
  redirect: entry({
    path: "redirect",
    summary: "Send a misaddressed complaint to the competent body, with a reason (proposed when omitted)",
    body: z.object({ organizationId: z.string().trim().min(1).optional(), reason: Text(5000) }),
    run: (tx, b, body) =>
      redirectComplaint(tx, { ...b, organizationId: body.organizationId ?? null, reason: body.reason }),
  }),
  restore_term: entry({
    path: "restore-term",
    summary: "Grant or refuse, with reasons, the request to restore a missed filing term (APPC art. 92)",
    body: z.object({ granted: z.boolean(), reasons: Text(5000) }),
    fromForm: (v) => ({
      ...v,
      granted: v.granted === "true" ? true : v.granted === "false" ? false : undefined,
    }),
    run: (tx, b, body) => restoreTerm(tx, { ...b, granted: body.granted, reasons: body.reasons }),
  }),
  extend: entry({
    path: "extend",
    summary: "Extend the review where the law allows (the quality authority)",
    body: z.object({ workingDays: z.number().int().min(1).max(100), reason: Text(5000) }),
    fromForm: (v) => ({ ...v, workingDays: number(v.workingDays) }),
    run: (tx, b, body) => extendReview(tx, { ...b, workingDays: body.workingDays, reason: body.reason }),
  }),
  decide: entry({
    path: "decision",
    summary: "Decide (head of the reviewing body), with a reasoned text",
    body: z.object({
      outcome: z.enum(
        OUTCOMES.filter((o) => o !== "favourable_act") as [
          "satisfied",
          "partially_satisfied",
          "not_satisfied",
        ],
      ),
      text: Text(),
      version: z.number().int().optional(),
      cms: z.string().trim().min(1).max(400_000).optional().openapi({
        description:
          "The head's detached CMS (PKCS#7, base64, as NCALayer makes it) over the text of `POST /complaints/{id}/decision/text`",
      }),
    }),
    prepare: async (c, b, body) => ({
      signature: body.cms
        ? await checkedDecisionSignature(c, b.actor, b.complaintId, body, body.cms)
        : undefined,
      edsRequired: c.get("deps").config.decisionEdsRequired,
    }),
    run: (tx, b, body, prepared) =>
      decideComplaint(tx, {
        ...b,
        outcome: body.outcome,
        text: body.text,
        version: body.version,
        ...(prepared as { signature: Signature | undefined; edsRequired: boolean } | undefined),
      }),
  }),
  leave_without_consideration: entry({
    path: "leave-without-consideration",
    summary: "Leave a registered complaint without consideration on a lawful ground, with reasons",
    body: z.object({ ground: z.enum(LEAVE_GROUNDS), text: Text() }),
    run: (tx, b, body) => leaveWithoutConsideration(tx, { ...b, ground: body.ground, text: body.text }),
  }),
  withdraw: entry({
    path: "withdraw",
    summary: "Withdraw the complaint (the applicant, until it is decided)",
    body: z.object({ reason: Text(MAX_WITHDRAW_REASON).optional() }),
    run: (tx, b, body) => withdrawComplaint(tx, { ...b, reason: body.reason }),
  }),
} satisfies Partial<Record<Action, Entry<z.ZodType>>>;

export type WorkflowAction = keyof typeof WORKFLOW_ACTIONS;

export const isWorkflowAction = (a: string): a is WorkflowAction => Object.hasOwn(WORKFLOW_ACTIONS, a);

/** The base every workflow operation gets: who, when, on which complaint, the calendar. */
export async function actionBase(c: Context<AppEnv>, complaintId: string): Promise<ActionBase> {
  const { db, now } = c.get("deps");
  return {
    complaintId,
    actor: requireUser(c),
    now: now(),
    calendar: await currentCalendar(db),
    language: c.get("lang"),
    requestId: c.get("requestId"),
  };
}

/** Runs one action in one transaction. */
export async function runAction(
  c: Context<AppEnv>,
  name: WorkflowAction,
  complaintId: string,
  body: unknown,
) {
  const base = await actionBase(c, complaintId);
  const entry: Entry<z.ZodType> = WORKFLOW_ACTIONS[name] as Entry<z.ZodType>;
  const prepared = entry.prepare ? await entry.prepare(c, base, body) : undefined;
  await c.get("deps").db.transaction((tx) => entry.run(tx, base, body, prepared));
  return base;
}

/** The escalation body (a new complaint: reasons and demands). */
export const EscalateBody = z.object({ reasons: Text(), demands: Text() });
