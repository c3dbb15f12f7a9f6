import { z } from "@hono/zod-openapi";
import { parseDate } from "../../../domain/calendar/index.ts";
import type { ComplaintInput } from "../../../domain/complaint.ts";
import { ADDRESSEE_KINDS, APPEALED, GROUNDS, MARKS, OUTCOMES, STATUSES } from "../../../domain/complaint.ts";
import { isValidIin } from "../../../domain/iin.ts";

const isRealDate = (v: string) => {
  try {
    parseDate(v);
    return true;
  } catch {
    return false;
  }
};

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid")
  .refine(isRealDate, "date_invalid");
const text = (max: number) => z.string().trim().min(1).max(max);
export const Iin = z.string().trim().refine(isValidIin, "iin_invalid");
const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, "phone_invalid");

const Official = z.object({ position: text(200), surname: text(100), name: text(100) });

/** What the applicant states, the same for every channel (api.md). */
export const ComplaintBody = z
  .object({
    addressee: z.object({ kind: z.enum(ADDRESSEE_KINDS), organizationId: text(100) }),
    respondent: z.object({ organizationId: text(100), officials: z.array(Official).min(1).max(10) }),
    serviceId: z.string().trim().max(50).nullish(),
    grounds: z.array(z.enum(GROUNDS)).min(1).max(GROUNDS.length),
    reasons: text(10_000),
    demands: text(5_000),
    learnedOn: IsoDate.nullish(),
    /** What is appealed: the body's own decision, act or inaction, or an employee's conduct. */
    appealed: z.enum(APPEALED).default("body"),
    /** Filed after the 3-month term: why, asking to restore it (APPC art. 92). */
    lateReason: z.string().trim().max(5_000).nullish(),
    applicant: z.object({
      postalAddress: text(500),
      phones: z.array(Phone).max(5).default([]),
      email: z.email("email_invalid").max(200).nullish(),
    }),
    attachmentIds: z.array(z.uuid()).max(20).default([]),
  })
  .openapi("ComplaintInput");

/** A paper complaint entered by a registrar (or a call taken by the contact centre): identity from the paper. */
export const OfficeComplaintBody = ComplaintBody.extend({
  receivedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: "When the paper was received; never in the future (422 date_in_future)" }),
  backdateReason: z.string().trim().max(1000).nullish().openapi({
    description:
      "Why a receipt more than 30 days back is entered now: required then (422 backdate_reason_required), recorded in the audit",
  }),
  applicant: z.object({
    surname: text(100),
    name: text(100),
    patronymic: z.string().trim().max(100).nullish(),
    iin: Iin,
    postalAddress: text(500),
    phones: z.array(Phone).max(5).default([]),
    email: z.email("email_invalid").max(200).nullish(),
  }),
}).openapi("OfficeComplaintInput");

const Names = z.object({ kk: z.string(), ru: z.string(), en: z.string() });
const Stamp = z.object({ surname: z.string(), initials: z.string(), position: z.string() });

export const ComplaintSchema = z
  .object({
    id: z.string(),
    channel: z.enum(["portal", "office", "contact_centre"]),
    regime: z.enum(["appc-2021", "appeals-law-2007"]),
    status: z.enum(STATUSES),
    appealed: z.enum(APPEALED),
    signature: z
      .object({
        method: z.enum(["portal_session", "paper", "operator_recorded", "sms_otp", "eds_cms"]),
        signedAt: z.string(),
        sha256: z.string(),
        phone: z.string().optional().openapi({ description: "sms_otp: the phone the code went to, masked" }),
        eds: z
          .object({
            cms: z.string(),
            certificate: z.string(),
            subject: z.string(),
            issuer: z.string(),
            serialNumber: z.string(),
            iin: z.string(),
            notBefore: z.string(),
            notAfter: z.string(),
            algorithm: z.string(),
            checks: z.array(z.object({ check: z.string(), ok: z.boolean(), detail: z.string().optional() })),
          })
          .optional()
          .openapi({ description: "eds_cms: the CMS, the signer's certificate and the checks it passed" }),
      })
      .nullable(),
    outcome: z.enum(OUTCOMES).nullable(),
    holder: z.object({ organizationId: z.string(), name: Names }),
    registration: z
      .object({
        number: z.string(),
        registeredOn: z.string(),
        registeredAt: z.string(),
        acceptedBy: Stamp,
        answerBy: z.string(),
        answerPlace: z.string(),
      })
      .nullable(),
    marks: z.array(
      z.object({
        kind: z.enum(MARKS),
        at: z.string(),
        organizationId: z.string().nullable(),
        actor: Stamp.nullable(),
        note: z.string().nullable(),
      }),
    ),
    applicant: z
      .object({
        surname: z.string(),
        name: z.string(),
        patronymic: z.string().nullable(),
        iin: z.string().nullable(),
        postalAddress: z.string().nullable(),
        phones: z.array(z.string()),
        email: z.string().nullable(),
      })
      .openapi({
        description:
          "As the caller may see it (`visibility`): masked values keep a recognisable part (9001••••0126, •••4567, n•••@example.kz, •••); withheld ones are null (phones [])",
      }),
    visibility: z
      .object({
        name: z.enum(["full", "initials"]),
        iin: z.enum(["full", "masked", "none"]),
        address: z.enum(["full", "masked", "none"]),
        contacts: z.enum(["full", "masked", "none"]),
        comments: z.enum(["all", "own_organization", "none"]),
        attachments: z.boolean(),
        executorNames: z.boolean(),
      })
      .openapi({
        description:
          "What of the sensitive fields the caller is shown, by role and relationship (docs/reliability.md, 'Who sees which field')",
      }),
    allowedActions: z.array(z.string()),
    allowedReads: z
      .array(z.enum(["history", "decision_letter", "case_file"]))
      .openapi({ description: "The reads besides the complaint the caller may make now" }),
  })
  .passthrough()
  .openapi("Complaint");

/** The operation's input from a validated body; `email` defaults to the one in the body. */
export function toInput(
  body: z.infer<typeof ComplaintBody>,
  email: string | null = body.applicant.email ?? null,
): ComplaintInput {
  return {
    addressee: body.addressee,
    respondent: body.respondent,
    serviceId: body.serviceId ?? null,
    grounds: body.grounds,
    reasons: body.reasons,
    demands: body.demands,
    learnedOn: body.learnedOn ?? null,
    appealed: body.appealed,
    lateReason: body.lateReason || null,
    postalAddress: body.applicant.postalAddress,
    phones: body.applicant.phones,
    email,
    attachmentIds: body.attachmentIds,
  };
}

/** The applicant's identity as written on a paper complaint or given by a caller. */
export const identityOf = ({ applicant: a }: z.infer<typeof OfficeComplaintBody>) => ({
  surname: a.surname,
  name: a.name,
  patronymic: a.patronymic ?? null,
  iin: a.iin,
});

/** How the applicant signs a filing (issue 14): an SMS code, or a detached CMS from NCALayer. */
export const SignatureInput = z
  .discriminatedUnion("method", [
    z.object({
      method: z.literal("sms_otp"),
      challengeId: z.string().trim().min(1).max(100),
      code: z.string().trim().min(1).max(20),
    }),
    z.object({ method: z.literal("eds_cms"), cms: z.string().trim().min(1).max(400_000) }),
  ])
  .openapi("SignatureInput");
