import { eq, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { preparedPer } from "../db/prepared.ts";
import { complaints, outbox } from "../db/schema.ts";
import { type Mark, shortReference } from "../domain/complaint.ts";
import { applicantChannels, type Channel, markTemplate, ownContacts } from "../domain/notices.ts";
import { formatDate, type Lang } from "../i18n/index.ts";

export type OutboxEntry = {
  dedupeKey: string;
  channel: Channel;
  recipient: string;
  userId: string | null;
  complaintId: string | null;
  template: string;
  language: Lang;
  params: Record<string, string | number>;
  at: Date;
};

/** Queues notices; a cabinet notice is delivered by being written. A repeated dedupe key is a no-op. */
export async function enqueue(tx: Executor, entries: OutboxEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.insert(outbox).values(entries.map(outboxRow)).onConflictDoNothing({ target: outbox.dedupeKey });
}

/** The outbox row of a notice (a cabinet notice is sent by being written). */
export function outboxRow<K>(e: Omit<OutboxEntry, "dedupeKey"> & { dedupeKey: K }) {
  return {
    dedupeKey: e.dedupeKey,
    channel: e.channel,
    recipient: e.recipient,
    userId: e.userId,
    complaintId: e.complaintId,
    template: e.template,
    language: e.language,
    params: e.params,
    status: e.channel === "cabinet" ? ("sent" as const) : ("pending" as const),
    sentAt: e.channel === "cabinet" ? e.at : null,
    nextAttemptAt: e.at,
    createdAt: e.at,
  };
}

/**
 * The applicant's notices of one mark, in the applicant's language, from one read of what they
 * are made of (the complaint's applicant facts, the applicant's account, its current
 * registration and the organization of the mark). Written by the caller in the transaction of
 * the mark itself: the cabinet, the mail and the SMS can never tell different stories.
 */
export async function markNoticesOf(
  tx: Executor,
  e: {
    complaintId: string;
    mark: Mark;
    at: Date;
    organizationId: string | null;
    data: Record<string, unknown>;
  },
): Promise<Omit<OutboxEntry, "dedupeKey">[]> {
  const [c] = await noticeFacts(tx).execute({ id: e.complaintId, organizationId: e.organizationId });
  if (!c) return [];
  const account = c.account && {
    notifyVia: c.account.notify_via,
    email: c.account.email,
    phone: c.account.phone,
  };
  const registration = c.registration && {
    number: c.registration.number,
    answerBy: c.registration.answer_by,
    checkCode: c.registration.check_code,
  };
  const org = c.org && { nameKk: c.org.name_kk, nameRu: c.org.name_ru, nameEn: c.org.name_en };
  return markNotices(e, c, account, registration, org);
}

const noticeFacts = preparedPer((tx) =>
  tx
    .select({
      applicantId: complaints.applicantId,
      applicant: complaints.applicant,
      channel: complaints.channel,
      language: complaints.language,
      account: sql<{
        notify_via: "email" | "sms" | "cabinet";
        email: string | null;
        phone: string | null;
      } | null>`(SELECT json_build_object('notify_via', u.notify_via, 'email', u.email, 'phone', u.phone)
        FROM users u WHERE u.id = complaints.applicant_id)`,
      registration: sql<{ number: string; answer_by: string; check_code: string } | null>`(SELECT
        json_build_object('number', r.number, 'answer_by', r.answer_by, 'check_code', r.check_code)
        FROM registrations r WHERE r.complaint_id = complaints.id ORDER BY r.registered_at DESC LIMIT 1)`,
      org: sql<{ name_kk: string; name_ru: string; name_en: string } | null>`(SELECT
        json_build_object('name_kk', o.name_kk, 'name_ru', o.name_ru, 'name_en', o.name_en)
        FROM organizations o WHERE o.id = ${sql.placeholder("organizationId")})`,
    })
    .from(complaints)
    .where(eq(complaints.id, sql.placeholder("id")))
    .prepare("mark_notice_facts"),
);

/**
 * The applicant's notices of one mark, built from what is at hand: the complaint's applicant
 * facts, the applicant's account, its current registration and the organization of the mark.
 * Without a dedupe key: the writer adds `mark:<event id>:<channel>`.
 */
export function markNotices(
  e: { complaintId: string; mark: Mark; at: Date; data: Record<string, unknown> },
  c: {
    applicantId: string | null;
    applicant: { email?: string | null; phones: string[] };
    channel: (typeof complaints.$inferSelect)["channel"];
    language: Lang;
  },
  account: { notifyVia: "email" | "sms" | "cabinet"; email: string | null; phone: string | null } | null,
  registration: { number: string; answerBy: string; checkCode: string } | null,
  org: { nameKk: string; nameRu: string; nameEn: string } | null,
): Omit<OutboxEntry, "dedupeKey">[] {
  const lang = c.language;
  const due = typeof e.data.due === "string" ? e.data.due : (registration?.answerBy ?? null);
  const path = c.applicantId
    ? `/${lang}/complaints/${e.complaintId}`
    : registration
      ? `/${lang}/status?number=${encodeURIComponent(registration.number)}&code=${registration.checkCode}`
      : `/${lang}/status`;
  const params = {
    number: registration?.number ?? shortReference(e.complaintId),
    due: due ? formatDate(lang, due) : "—",
    organization: org ? { kk: org.nameKk, ru: org.nameRu, en: org.nameEn }[lang] : "—",
    path,
  };
  const channels = applicantChannels({
    userId: c.applicantId,
    notifyVia: account?.notifyVia ?? "email",
    ...ownContacts(
      c.channel,
      { email: c.applicant.email ?? null, phone: c.applicant.phones[0] ?? null },
      account ?? null,
    ),
  });
  return channels.map(({ channel, recipient }) => ({
    channel,
    recipient,
    userId: c.applicantId,
    complaintId: e.complaintId,
    template: markTemplate(e.mark),
    language: lang,
    params,
    at: e.at,
  }));
}
