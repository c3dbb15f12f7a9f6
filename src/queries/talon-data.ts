import { eq } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { registrations } from "../db/schema.ts";
import { initials } from "../domain/complaint.ts";
import type { RegimeId } from "../domain/deadlines/index.ts";
import { conflict } from "../domain/errors.ts";
import type { Lang } from "../i18n/index.ts";
import { complaintView } from "./complaint-view.ts";
import { referenceData } from "./reference.ts";
import type { SessionUser } from "./session-user.ts";

type Names = Record<Lang, string>;

/** Everything printed on the talon, in the three languages where the source has them. */
export type TalonData = {
  complaintId: string;
  number: string;
  registeredOn: string;
  registeredAt: Date;
  receivedAt: Date;
  checkCode: string;
  channel: string;
  /** The legal regime, which follows the receipt date. */
  regime: RegimeId;
  acceptedBy: { surname: string; initials: string; position: Names };
  answerBy: string;
  answerPlace: Names;
  holder: Names;
  applicant: { surname: string; initials: string };
  /**
   * How the applicant signed, as this user is shown it: the method, when, the masked phone of an
   * SMS code, the certificate's subject and IIN of an EDS signature (null: not signed).
   */
  signature: {
    method: string;
    signedAt: Date;
    phone: string | null;
    subject: string | null;
    iin: string | null;
  } | null;
};

const same = (v: string): Names => ({ kk: v, ru: v, en: v });

/**
 * The talon of the complaint's current registration, or null when the complaint does not exist
 * or the user may not see it (404); a complaint not yet registered has no talon (409).
 */
export async function talonData(db: Executor, complaintId: string, user: SessionUser, now: Date) {
  const reference = await referenceData(db, user.referenceRevision);
  const view = await complaintView(db, complaintId, user, now, reference);
  if (!view) return null;
  const reg = view.registration;
  if (!reg) throw conflict("not_registered");
  // The check code is printed on the talon only: not a field of the view.
  const [code] = await db
    .select({ checkCode: registrations.checkCode })
    .from(registrations)
    .where(eq(registrations.number, reg.number));
  const org = reference.organizations.get(reg.organizationId);
  // The registrar's position in every language (stamps before positions were kept: as stored).
  const stamped = reg.acceptedBy.position;
  const position: Names = reg.acceptedBy.positions ?? { kk: stamped, ru: stamped, en: stamped };
  const place = (lang: Lang) => {
    if (!org) return reg.answerPlace;
    const name = { kk: org.nameKk, ru: org.nameRu, en: org.nameEn }[lang];
    const address = { kk: org.addressKk, ru: org.addressRu, en: org.addressEn }[lang];
    return lang === view.language ? reg.answerPlace : [name, address].filter(Boolean).join(", ");
  };
  return {
    complaintId,
    number: reg.number,
    registeredOn: reg.registeredOn,
    registeredAt: new Date(reg.registeredAt),
    receivedAt: new Date(view.receivedAt),
    checkCode: code!.checkCode,
    channel: view.channel,
    regime: view.regime,
    acceptedBy: { surname: reg.acceptedBy.surname, initials: reg.acceptedBy.initials, position },
    answerBy: reg.answerBy,
    answerPlace: { kk: place("kk"), ru: place("ru"), en: place("en") },
    holder: org ? { kk: org.nameKk, ru: org.nameRu, en: org.nameEn } : same(reg.organizationId),
    // As the presenter shows the applicant to this user (initials only for an administrator).
    applicant: {
      surname: view.applicant.surname,
      initials: initials(view.applicant.name, view.applicant.patronymic),
    },
    signature: view.signature
      ? {
          method: view.signature.method,
          signedAt: new Date(view.signature.signedAt),
          phone: view.signature.phone ?? null,
          subject: view.signature.eds?.subject ?? null,
          iin: view.signature.eds?.iin ?? null,
        }
      : null,
  } satisfies TalonData;
}
