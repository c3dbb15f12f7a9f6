/**
 * The closed vocabulary of a complaint's log: every event kind, and which of its data the staff
 * history shows and as what. A datum not listed here is kept (audit) but never shown raw.
 */
export const EVENT_KINDS = [
  "submitted",
  "accepted_incomplete",
  "registered",
  "assigned",
  "reassigned",
  "comment",
  "favourable_act",
  "forwarded",
  "redirected",
  "term_restoration",
  "extended",
  "decided",
  "left_without_consideration",
  "withdrawn",
  "escalated",
  "deadline_moved",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const isEventKind = (kind: string): kind is EventKind =>
  (EVENT_KINDS as readonly string[]).includes(kind);

/**
 * How a datum reads: a date (formatted), an organization (its name), a person's name, free
 * text, a number, a yes/no, or a value of another vocabulary (its text is `<prefix><value>`).
 */
export type DatumKind =
  | { as: "date" }
  | { as: "organization" }
  | { as: "text" }
  | { as: "number" }
  | { as: "yesno" }
  | { as: "vocabulary"; prefix: string };

const date = { as: "date" } as const;
const organization = { as: "organization" } as const;
const text = { as: "text" } as const;
const number = { as: "number" } as const;
const yesno = { as: "yesno" } as const;
const vocabulary = (prefix: string) => ({ as: "vocabulary", prefix }) as const;

/** Per kind, the data shown in the history, in order; the label of `key` is `event.<kind>.<key>`. */
export const EVENT_DATA: Record<EventKind, Readonly<Record<string, DatumKind>>> = {
  submitted: {
    channel: vocabulary("channel."),
    filedLate: yesno,
    escalatedFrom: text,
    backdateReason: text,
  },
  accepted_incomplete: {},
  registered: { number: text, registeredOn: date, answerBy: date, registrationDeadline: date },
  assigned: { executor: text },
  reassigned: { executor: text },
  comment: {},
  favourable_act: { actNumber: text },
  forwarded: { from: organization, to: organization, explanation: text },
  redirected: { from: organization, to: organization },
  term_restoration: { granted: yesno },
  extended: { workingDays: number, previousDue: date, due: date },
  decided: { outcome: vocabulary("outcome.") },
  left_without_consideration: { ground: vocabulary("wf.leaveGround."), letter: text },
  withdrawn: { from: vocabulary("status."), reason: text },
  escalated: { qualityAuthorityId: organization, deemedRefusal: yesno },
  deadline_moved: { from: date, to: date, reason: vocabulary("event.reason.") },
};
