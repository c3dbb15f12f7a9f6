import { type Context, Hono } from "hono";
import { type Signature, shortReference } from "../../../domain/complaint.ts";
import { filingFacts } from "../../../domain/complaint-rules.ts";
import { DomainError, type FieldIssue, notFound } from "../../../domain/errors.ts";
import { MAX_ATTACHMENTS } from "../../../domain/file-type.ts";
import { maskPhone } from "../../../domain/signatures.ts";
import { localDate } from "../../../domain/time.ts";
import { t } from "../../../i18n/index.ts";
import { idempotent } from "../../../operations/idempotency.ts";
import { requestSmsCode } from "../../../operations/request-sms-code.ts";
import { saveDraft } from "../../../operations/save-draft.ts";
import { submitDraft } from "../../../operations/submit-draft.ts";
import { attachmentOf } from "../../../queries/attachment.ts";
import { currentCalendar } from "../../../queries/calendar.ts";
import {
  addresseesFor,
  findOrganization,
  findService,
  listOrganizations,
  RESPONDENT_KINDS,
  servicesOf,
} from "../../../queries/catalogue.ts";
import { complaintView } from "../../../queries/complaint-view.ts";
import { type Draft, draftFiles, findDraft, openDrafts, signedContent } from "../../../queries/drafts.ts";
import type { SessionUser } from "../../../queries/session-user.ts";
import { smsChallengeOf } from "../../../queries/sms-challenge.ts";
import type { AppEnv } from "../../context.ts";
import { issuesAt, type Rejection, readForm, rejected, rejectionOf, submitForm } from "../../forms.ts";
import { requireUser } from "../../guards.ts";
import { storeUpload, uploadIssue } from "../../middleware/multipart.ts";
import { checkSignature } from "../../signing.ts";
import { type Answers, CheckPage, DeclarationPage, StartPage, SubmittedPage } from "./check-pages.tsx";
import { ComplaintPage } from "./complaint-page.tsx";
import { EdsSignPage } from "./sign-pages.tsx";
import { draftPath, StepPage } from "./step-pages.tsx";
import {
  addresseeValue,
  draftInput,
  type Form,
  isStep,
  nextStep,
  parseStep,
  type Step,
  unanswered,
  value,
} from "./steps.ts";

type C = Context<AppEnv>;

const citizen = (c: C) => requireUser(c, ["citizen"]);

/** The signed-in citizen's draft that is still open; a submitted one goes to its confirmation. */
async function openDraft(c: C, user: SessionUser): Promise<Draft | Response> {
  const draft = await findDraft(c.get("deps").db, c.req.param("draftId") ?? "", user.id);
  if (!draft) throw notFound();
  if (draft.submittedComplaintId) {
    return c.redirect(`/${c.get("lang")}/complaints/${draft.submittedComplaintId}/submitted`, 303);
  }
  return draft;
}

async function isLate(c: C, learnedOn: string | undefined): Promise<boolean> {
  if (!learnedOn) return false;
  const { db, now } = c.get("deps");
  return filingFacts(await currentCalendar(db), localDate(now()), learnedOn).filedLate;
}

/** Everything a question page may need, loaded for the draft. */
async function stepOptions(c: C, draft: Draft) {
  const db = c.get("deps").db;
  const respondentId = draft.data.respondentId;
  const [respondents, services, addressees, files] = await Promise.all([
    listOrganizations(db, { kinds: RESPONDENT_KINDS }),
    respondentId ? servicesOf(db, respondentId) : Promise.resolve([]),
    respondentId ? addresseesFor(db, respondentId) : Promise.resolve([]),
    draftFiles(db, draft.data.attachmentIds ?? [], draft.userId),
  ]);
  const lang = c.get("lang");
  respondents.sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  return { respondents, services, addressees, files };
}

async function renderStep(
  c: C,
  user: SessionUser,
  draft: Draft,
  step: Step,
  form: Form | null,
  issues: FieldIssue[],
  returnTo?: string,
) {
  const lang = c.get("lang");
  const options = await stepOptions(c, draft);
  const title = t(lang, step === "attachments" ? "portal.attachments.title" : `portal.${step}.title`);
  return c.render(
    <StepPage
      step={step}
      draftId={draft.id}
      data={draft.data}
      form={form}
      issues={issues}
      returnTo={returnTo}
      user={user}
      {...options}
      maxFiles={MAX_ATTACHMENTS}
      late={await isLate(c, draft.data.learnedOn)}
    />,
    { title },
  );
}

async function answers(c: C, user: SessionUser, draft: Draft): Promise<Answers> {
  const db = c.get("deps").db;
  const d = draft.data;
  const [respondent, service, addressee, files] = await Promise.all([
    d.respondentId ? findOrganization(db, d.respondentId) : null,
    d.serviceId ? findService(db, d.serviceId) : null,
    d.addressee ? findOrganization(db, d.addressee.organizationId) : null,
    draftFiles(db, d.attachmentIds ?? [], user.id),
  ]);
  return {
    draftId: draft.id,
    data: d,
    user,
    respondentName: respondent?.name ?? null,
    service,
    addresseeName: addressee?.name ?? null,
    files,
    late: await isLate(c, d.learnedOn),
  };
}

const identityOf = (user: SessionUser) => ({
  surname: user.surname,
  name: user.name,
  patronymic: user.patronymic,
  iin: user.iin ?? "",
});

async function renderDeclaration(
  c: C,
  user: SessionUser,
  draft: Draft,
  rejection: Rejection | null,
  challengeId = c.req.query("challenge") ?? "",
) {
  const lang = c.get("lang");
  const { db, now, config } = c.get("deps");
  const a = await answers(c, user, draft);
  const input = draftInput(draft.data);
  const { text, sha256 } = signedContent(input, identityOf(user), a.files);
  const challenge = challengeId ? await smsChallengeOf(db, challengeId, user.id, now()) : null;
  const sms = {
    phone: user.phone ? maskPhone(user.phone) : null,
    // A code for another text (the answers changed since) is not offered: a new one is needed.
    challenge: challenge?.open && challenge.sha256 === sha256 ? challenge : null,
  };
  const title = t(lang, "portal.declaration.title");
  return c.render(
    <DeclarationPage
      a={a}
      text={text}
      sha256={sha256}
      issues={rejection?.issues ?? []}
      message={rejection?.message ?? undefined}
      sms={sms}
      sessionSigning={config.portalSessionSigning}
    />,
    { title },
  );
}

/** The exact text the draft's complaint signs now, and its SHA-256. */
async function draftContent(c: C, user: SessionUser, draft: Draft) {
  const files = await draftFiles(c.get("deps").db, draft.data.attachmentIds ?? [], user.id);
  return signedContent(draftInput(draft.data), identityOf(user), files);
}

async function renderEds(c: C, user: SessionUser, draft: Draft, issues: FieldIssue[], cms: string) {
  const lang = c.get("lang");
  const { text, sha256 } = await draftContent(c, user, draft);
  const title = t(lang, "signature.eds.title");
  const declaration = draftPath(lang, draft.id, "declaration");
  return c.render(
    <EdsSignPage
      back={declaration}
      action={`${declaration}/eds`}
      text={text}
      sha256={sha256}
      issues={issues}
      cms={cms}
    />,
    { title },
  );
}

/** Files the draft in one transaction (once per draft); the page to go to next. */
async function fileDraft(
  c: C,
  user: SessionUser,
  draft: Draft,
  signing: { confirmedSha256: string; signature: Signature | undefined; smsChallengeId?: string | undefined },
) {
  const lang = c.get("lang");
  const { db, now, config } = c.get("deps");
  const calendar = await currentCalendar(db);
  const at = now();
  const stored = await db.transaction((tx) =>
    idempotent(tx, user.id, `portal-draft:${draft.id}`, at, async () => {
      const id = await submitDraft(tx, {
        draftId: draft.id,
        actor: user,
        toInput: (data) => draftInput(data),
        ...signing,
        language: lang,
        now: at,
        calendar,
        requestId: c.get("requestId"),
        filingsPerHour: config.quotas.filingsPerHour,
      });
      return { status: 201, body: { complaintId: id } };
    }),
  );
  const { complaintId } = stored.body as { complaintId: string };
  return `/${lang}/complaints/${complaintId}/submitted`;
}

/** Shows the check page instead when the draft is incomplete (its error summary links each question). */
async function renderCheck(c: C, user: SessionUser, draft: Draft) {
  const lang = c.get("lang");
  const missing = unanswered(draft.data);
  if (missing.length) rejected(c, 422);
  return c.render(<CheckPage a={await answers(c, user, draft)} missing={missing} />, {
    title: t(lang, "portal.check.title"),
  });
}

/** The citizen's filing pages, cabinet links and the complaint page with its actions. */
export function complaintPortalRoutes() {
  const app = new Hono<AppEnv>();

  app.get("/complaints/new", async (c) => {
    const user = citizen(c);
    const drafts = await openDrafts(c.get("deps").db, user.id);
    return c.render(<StartPage drafts={drafts} />, { title: t(c.get("lang"), "portal.start.title") });
  });

  app.post("/complaints/new", async (c) => {
    const user = citizen(c);
    const { db, now, config } = c.get("deps");
    const id = await saveDraft(db, {
      draftId: null,
      draftsPerHour: config.quotas.draftsPerHour,
      userId: user.id,
      patch: {},
      now: now(),
      requestId: c.get("requestId"),
    });
    return c.redirect(draftPath(c.get("lang"), id, "respondent"), 303);
  });

  app.get("/complaints/new/:draftId/check", async (c) => {
    const user = citizen(c);
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    return renderCheck(c, user, draft);
  });

  app.get("/complaints/new/:draftId/declaration", async (c) => {
    const user = citizen(c);
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    if (unanswered(draft.data).length) return renderCheck(c, user, draft);
    return renderDeclaration(c, user, draft, null);
  });

  app.post("/complaints/new/:draftId/declaration", async (c) => {
    const user = citizen(c);
    const draft = await findDraft(c.get("deps").db, c.req.param("draftId"), user.id);
    if (!draft) throw notFound();
    const posted = await readForm(c);
    if (!draft.submittedComplaintId && unanswered(draft.data).length) return renderCheck(c, user, draft);
    // A second submit of a submitted draft (a double click) gets the first one's answer.
    const done = Boolean(draft.submittedComplaintId);
    const bySms = posted.text("method") === "sms_otp";
    const challengeId = posted.text("challengeId");
    const code = posted.text("code");
    const issue: FieldIssue | null = done
      ? null
      : bySms
        ? code
          ? null
          : { field: "code", code: "sms_code_required" }
        : !c.get("deps").config.portalSessionSigning
          ? // No tick box here (PORTAL_SESSION_SIGNING off): only an SMS code or EDS signs.
            { field: "sms", code: "signature_required" }
          : posted.checked("confirm")
            ? null
            : { field: "confirm", code: "required" };
    return submitForm(c, {
      checked: issue ? { ok: false, issues: [issue] } : { ok: true, data: posted.text("sha256") },
      run: async (confirmedSha256) => {
        const signature =
          !done && bySms
            ? await checkSignature(
                c,
                user,
                { method: "sms_otp", challengeId, code },
                await draftContent(c, user, draft),
                user.iin ?? "",
              ).catch(issuesAt("code"))
            : undefined;
        return fileDraft(c, user, draft, {
          confirmedSha256,
          signature,
          smsChallengeId: signature ? challengeId : undefined,
        });
      },
      // Over the filing quota, a wrong code, or the text changed since it was shown: the declaration
      // again with the reason, the draft kept.
      render: (rejection) => renderDeclaration(c, user, draft, rejection, challengeId),
    });
  });

  app.get("/complaints/new/:draftId/declaration/eds", async (c) => {
    const user = citizen(c);
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    if (unanswered(draft.data).length) return renderCheck(c, user, draft);
    return renderEds(c, user, draft, [], "");
  });

  app.post("/complaints/new/:draftId/declaration/eds", async (c) => {
    const user = citizen(c);
    const draft = await findDraft(c.get("deps").db, c.req.param("draftId"), user.id);
    if (!draft) throw notFound();
    const posted = await readForm(c);
    const cms = posted.text("cms");
    if (!draft.submittedComplaintId && unanswered(draft.data).length) return renderCheck(c, user, draft);
    const done = Boolean(draft.submittedComplaintId);
    return submitForm(c, {
      checked:
        done || cms
          ? { ok: true, data: posted.text("sha256") }
          : { ok: false, issues: [{ field: "cms", code: "eds_required" }] },
      run: async (confirmedSha256) => {
        const signature = done
          ? undefined
          : await checkSignature(
              c,
              user,
              { method: "eds_cms", cms },
              await draftContent(c, user, draft),
              user.iin ?? "",
            ).catch(issuesAt("cms"));
        return fileDraft(c, user, draft, { confirmedSha256, signature });
      },
      render: ({ issues }) => renderEds(c, user, draft, issues, cms),
    });
  });

  // Sends a code for the text shown now; the page then asks for it (the code is bound to that text).
  app.post("/complaints/new/:draftId/declaration/code", async (c) => {
    const user = citizen(c);
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    if (unanswered(draft.data).length) return renderCheck(c, user, draft);
    const { db, now } = c.get("deps");
    const lang = c.get("lang");
    try {
      const sent = await requestSmsCode(db, {
        actorId: user.id,
        phone: user.phone,
        sha256: (await draftContent(c, user, draft)).sha256,
        language: lang,
        now: now(),
        requestId: c.get("requestId"),
      });
      return c.redirect(`${draftPath(lang, draft.id, "declaration")}?challenge=${sent.challengeId}#sms`, 303);
    } catch (error) {
      const r = rejectionOf(lang, error);
      rejected(c, r.status);
      return renderDeclaration(
        c,
        user,
        draft,
        { ...r, issues: r.issues.map((i) => ({ ...i, field: "sms" })) },
        "",
      );
    }
  });

  // "Upload" adds the chosen file and stays; "Continue" adds it too (if one was chosen) and goes
  // on to the check. Any problem returns to the step, the draft as it was.
  app.post("/complaints/new/:draftId/attachments", async (c) => {
    const user = citizen(c);
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    // multipartBody has streamed the form: a file over 10 MB arrives as `tooLarge`, without its bytes.
    const form = (await readForm(c)).raw as Form;
    const file = Array.isArray(form.file) ? form.file[0] : form.file;
    const next = value(form, "then") === "check" ? "check" : "attachments";
    const ids = draft.data.attachmentIds ?? [];
    if (!(file instanceof File) && next === "check")
      return c.redirect(draftPath(lang, draft.id, "check"), 303);
    const issue: FieldIssue | null = !(file instanceof File)
      ? { field: "file", code: "required" }
      : ids.length >= MAX_ATTACHMENTS
        ? { field: "file", code: "too_many_attachments", params: { max: MAX_ATTACHMENTS } }
        : null;
    return submitForm(c, {
      checked:
        issue || !(file instanceof File)
          ? { ok: false, issues: issue ? [issue] : [] }
          : { ok: true, data: file },
      run: async (chosen) => {
        try {
          const stored = await storeUpload(c, chosen, user.id);
          await saveDraft(db, {
            draftId: draft.id,
            userId: user.id,
            patch: { attachmentIds: [...ids, stored.id] },
            now: now(),
            requestId: c.get("requestId"),
          });
        } catch (error) {
          const { issue, kind } = uploadIssue(error, "file");
          throw new DomainError(kind, kind, [issue]);
        }
        return draftPath(lang, draft.id, next);
      },
      render: ({ issues }) => renderStep(c, user, draft, "attachments", form, issues),
    });
  });

  app.post("/complaints/new/:draftId/attachments/:attachmentId/remove", async (c) => {
    const user = citizen(c);
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    const { db, now } = c.get("deps");
    const ids = draft.data.attachmentIds ?? [];
    const remove = c.req.param("attachmentId");
    if (!ids.includes(remove)) throw notFound();
    await saveDraft(db, {
      draftId: draft.id,
      userId: user.id,
      patch: { attachmentIds: ids.filter((id) => id !== remove) },
      now: now(),
      requestId: c.get("requestId"),
    });
    return c.redirect(draftPath(c.get("lang"), draft.id, "attachments"), 303);
  });

  app.get("/complaints/new/:draftId/:step", async (c) => {
    const user = citizen(c);
    const step = c.req.param("step");
    if (!isStep(step)) throw notFound();
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    const returnTo = c.req.query("return") === "check" ? "check" : undefined;
    return renderStep(c, user, draft, step, null, [], returnTo);
  });

  app.post("/complaints/new/:draftId/:step", async (c) => {
    const user = citizen(c);
    const step = c.req.param("step");
    if (!isStep(step) || step === "attachments") throw notFound();
    const draft = await openDraft(c, user);
    if (draft instanceof Response) return draft;
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const form = (await readForm(c)).raw as Form;
    const returnTo = value(form, "return") === "check" ? "check" : undefined;
    const options = await stepOptions(c, draft);
    const { patch, issues } = parseStep(step, form, {
      today: localDate(now()),
      respondentIds: new Set(options.respondents.map((o) => o.id)),
      serviceIds: new Set(options.services.map((s) => s.id)),
      addresseeValues: new Set(options.addressees.map(addresseeValue)),
      data: draft.data,
    });
    return submitForm(c, {
      checked: issues.length ? { ok: false, issues } : { ok: true, data: patch },
      run: async (patch) => {
        await saveDraft(db, {
          draftId: draft.id,
          userId: user.id,
          patch,
          now: now(),
          requestId: c.get("requestId"),
        });
        // A new respondent needs its service and addressee answered again, even from the check page.
        const resetFollows =
          step === "respondent" && patch.serviceAnswered === undefined && "serviceAnswered" in patch;
        return draftPath(lang, draft.id, returnTo && !resetFollows ? "check" : nextStep(step));
      },
      render: ({ issues }) => renderStep(c, user, draft, step, form, issues, returnTo),
    });
  });

  app.get("/complaints/:id/submitted", async (c) => {
    const user = citizen(c);
    const { db, now } = c.get("deps");
    const v = await complaintView(db, c.req.param("id"), user, now());
    if (!v) throw notFound();
    return c.render(<SubmittedPage id={v.id} number={v.registration?.number ?? null} />, {
      title: t(c.get("lang"), "portal.submitted.title"),
    });
  });

  app.get("/complaints/:id/attachments/:attachmentId", async (c) => {
    const user = requireUser(c);
    const { db, now, files } = c.get("deps");
    const v = await complaintView(db, c.req.param("id"), user, now());
    const attachmentId = c.req.param("attachmentId");
    if (!v?.attachments.some((a) => a.id === attachmentId)) throw notFound();
    const file = await attachmentOf(db, v.id, attachmentId, files);
    if (!file) throw notFound();
    const ascii = file.filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return c.body(new Uint8Array(file.content), 200, {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    });
  });

  app.get("/complaints/:id", async (c) => {
    const user = requireUser(c);
    const lang = c.get("lang");
    const { db, now } = c.get("deps");
    const v = await complaintView(db, c.req.param("id"), user, now());
    if (!v) throw notFound();
    const notice = c.req.query("done") === "withdrawn" ? t(lang, "complaint.withdrawn.notice") : undefined;
    return c.render(<ComplaintPage v={v} notice={notice} isApplicant={user.role === "citizen"} />, {
      title: t(lang, "complaint.title", {
        reference: v.registration?.number ?? shortReference(v.id),
      }),
    });
  });

  return app;
}
