import type { Calendar } from "./calendar/index.ts";
import type { Channel as ComplaintChannel, Mark } from "./complaint.ts";
import { isOverdue } from "./deadlines/compute.ts";

export type Channel = "email" | "sms" | "cabinet";

export type ApplicantContact = {
  userId: string | null;
  notifyVia: Channel;
  email: string | null;
  phone: string | null;
};

type Contacts = { email: string | null; phone: string | null };

/**
 * The applicant's own contacts, the only ones told of a complaint: for a portal complaint the
 * account's (an address typed into the form could be anybody's, and notices would then be a way
 * to flood a stranger); for one taken on paper or by phone the ones the applicant gave there,
 * else the account's.
 */
export function ownContacts(channel: ComplaintChannel, given: Contacts, account: Contacts | null): Contacts {
  if (channel === "portal") return { email: account?.email ?? null, phone: account?.phone ?? null };
  return { email: given.email ?? account?.email ?? null, phone: given.phone ?? account?.phone ?? null };
}

/** Applicant notices one recipient (an address or a phone) gets in an hour; more wait, none is dropped. */
export const NOTICES_PER_RECIPIENT_PER_HOUR = 10;

/** The templates of applicant notices (paced per recipient); staff alerts have others. */
export const APPLICANT_NOTICE_PREFIX = "notice.";

export const isApplicantNotice = (template: string) => template.startsWith(APPLICANT_NOTICE_PREFIX);

/**
 * Where the applicant hears of a mark: always in the cabinet when there is an account, plus the
 * chosen channel (e-mail or SMS; "cabinet" means cabinet only). Without an account (a paper
 * complaint), e-mail when given, else SMS.
 */
export function applicantChannels(c: ApplicantContact): { channel: Channel; recipient: string }[] {
  const out: { channel: Channel; recipient: string }[] = [];
  if (c.userId) out.push({ channel: "cabinet", recipient: c.userId });
  const wants: Channel = c.userId ? c.notifyVia : c.email ? "email" : "sms";
  if (wants === "email" && c.email) out.push({ channel: "email", recipient: c.email });
  if (wants === "sms" && c.phone) out.push({ channel: "sms", recipient: c.phone });
  return out;
}

/** The template of the notice for a mark. */
export const markTemplate = (mark: Mark) => `${APPLICANT_NOTICE_PREFIX}${mark}`;

export type OpenDeadline = {
  id: string;
  complaintId: string;
  organizationId: string;
  kind: string;
  due: string;
};
export type Alert = { deadline: OpenDeadline; kind: "one_day_left" | "missed" };

/**
 * Staff alerts for `today` (a date in Asia/Almaty): none on a non-working day; "one working day
 * left" when the next working day is the last day; "missed" on the first working day after the
 * last day.
 */
export function deadlineAlerts(calendar: Calendar, today: string, open: readonly OpenDeadline[]): Alert[] {
  if (!calendar.isWorking(today)) return [];
  const tomorrow = calendar.addWorkingDays(today, 1);
  return open.flatMap((d): Alert[] => {
    if (d.due === tomorrow) return [{ deadline: d, kind: "one_day_left" }];
    if (d.due < today && calendar.addWorkingDays(d.due, 1) === today)
      return [{ deadline: d, kind: "missed" }];
    return [];
  });
}

/** A head's daily digest: due today, due on the next working day, overdue. Null on a day off. */
export function digest(calendar: Calendar, today: string, open: readonly OpenDeadline[]) {
  if (!calendar.isWorking(today)) return null;
  const tomorrow = calendar.addWorkingDays(today, 1);
  return {
    today: open.filter((d) => d.due === today),
    tomorrow: open.filter((d) => d.due === tomorrow),
    overdue: open.filter((d) => isOverdue(d.due, today)),
  };
}

/** Retry schedule: 1, 5, 25 minutes…, at most `maxAttempts` attempts in all. */
export function nextAttemptDelayMs(attempts: number): number {
  return 60_000 * 5 ** Math.max(0, attempts - 1);
}
export const MAX_ATTEMPTS = 4;
