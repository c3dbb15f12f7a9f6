import { parseDate } from "../calendar/dates.ts";

/** Legal citations, by code; their texts are the i18n keys `basis.<code>`. */
export type BasisCode =
  | "appc-63"
  | "appc-91-4"
  | "appc-92"
  | "appc-redirect"
  | "higher-body"
  | "ps-25-2"
  | "ps-25-3"
  | "ps-25-4";

export type RegimeId = "appc-2021" | "appeals-law-2007";

/** The body that reviews (or, for the forward clock, receives) the complaint. */
export type ReviewBody = "provider" | "state_corporation" | "higher_body" | "akimat" | "quality_authority";

export const REVIEW_BODIES: readonly ReviewBody[] = [
  "provider",
  "state_corporation",
  "higher_body",
  "akimat",
  "quality_authority",
];

/** How working days are counted (legal.md, "Counting working days"). */
export interface CountingRule {
  /** Whether the start day itself counts as day 1 (default false: it is day 0). */
  readonly dayZeroCounted: boolean;
  /** Whether a start on a non-working day moves to the next working day (APPC art. 63). */
  readonly registerNonWorkingOnNext: boolean;
}

/** A term of N working days with its legal basis. */
export interface Term {
  readonly workingDays: number;
  readonly basis: BasisCode;
}

/** A legal regime: the terms in force for complaints registered from `effectiveFrom`. */
export interface Regime {
  readonly id: RegimeId;
  readonly effectiveFrom: string;
  readonly counting: CountingRule;
  /** Registration on the receipt date (the next working day after a day off): a term of 0 working days. */
  readonly registration: Term;
  /** A body that is not competent sends the complaint to the competent one from receipt. */
  readonly redirect: Term;
  /** Forwarding to the reviewing body from receipt; a favourable act may be adopted in the same window. */
  readonly forward: (Term & { readonly favourableActWindow: boolean }) | null;
  readonly review: Readonly<Record<ReviewBody, Term>>;
  /** Extension of the review: up to `maxWorkingDays`, by the listed bodies; `confirmed: false` = parameter. */
  readonly extension: {
    readonly maxWorkingDays: number;
    readonly basis: BasisCode;
    readonly bodies: readonly ReviewBody[];
    readonly confirmed: boolean;
  } | null;
  /** Filing term counted in months from learning of the act; a late complaint is flagged, never refused. */
  readonly filing: { readonly months: number; readonly basis: BasisCode } | null;
}

export const DEFAULT_COUNTING: CountingRule = { dayZeroCounted: false, registerNonWorkingOnNext: true };

/** Law on public services No. 88-V art. 25: 5 working days, 15 at the authorized body for quality. */
const PUBLIC_SERVICE_REVIEW: Readonly<Record<ReviewBody, Term>> = {
  provider: { workingDays: 5, basis: "ps-25-2" },
  state_corporation: { workingDays: 5, basis: "ps-25-2" },
  higher_body: { workingDays: 5, basis: "higher-body" },
  akimat: { workingDays: 5, basis: "ps-25-2" },
  quality_authority: { workingDays: 15, basis: "ps-25-3" },
};

const REGISTRATION: Term = { workingDays: 0, basis: "appc-63" };
const REDIRECT: Term = { workingDays: 3, basis: "appc-redirect" };
/** Law on public services art. 25 p. 4: the quality authority may extend; a parameter, not confirmed. */
const QUALITY_EXTENSION: NonNullable<Regime["extension"]> = {
  maxWorkingDays: 10,
  basis: "ps-25-4",
  bodies: ["quality_authority"],
  confirmed: false,
};

/** APPC No. 350-VI, in force 1 July 2021. */
export const APPC_2021: Regime = {
  id: "appc-2021",
  effectiveFrom: "2021-07-01",
  counting: DEFAULT_COUNTING,
  registration: REGISTRATION,
  redirect: REDIRECT,
  forward: { workingDays: 3, basis: "appc-91-4", favourableActWindow: true },
  review: PUBLIC_SERVICE_REVIEW,
  extension: QUALITY_EXTENSION,
  filing: { months: 3, basis: "appc-92" },
};

/**
 * Law on appeals No. 221-III of 12 Jan 2007 (repealed by the APPC): the provider's head reviews,
 * no forward step; the Law on public services' terms and extension apply as under the APPC.
 */
export const APPEALS_LAW_2007: Regime = {
  id: "appeals-law-2007",
  effectiveFrom: "2007-01-12",
  counting: DEFAULT_COUNTING,
  registration: REGISTRATION,
  redirect: REDIRECT,
  forward: null,
  review: PUBLIC_SERVICE_REVIEW,
  extension: QUALITY_EXTENSION,
  filing: null,
};

/** All regimes, newest first. */
export const REGIMES: readonly Regime[] = [APPC_2021, APPEALS_LAW_2007];

/** The regime in force on the registration date (ISO); throws a RangeError before the oldest one. */
export function regimeFor(registeredOn: string): Regime {
  const day = parseDate(registeredOn);
  const regime = REGIMES.find((r) => parseDate(r.effectiveFrom) <= day);
  if (!regime) throw new RangeError(`No deadline regime was in force on ${registeredOn}`);
  return regime;
}

/** The regime with this id; throws a RangeError for an unknown id. */
export function regimeById(id: string): Regime {
  const regime = REGIMES.find((r) => r.id === id);
  if (!regime) throw new RangeError(`Unknown deadline regime ${JSON.stringify(id)}`);
  return regime;
}

/** Every basis code the regimes cite (each must have a `basis.<code>` text in kk, ru and en). */
export function basisCodes(regimes: readonly Regime[] = REGIMES): BasisCode[] {
  const codes = new Set<BasisCode>();
  for (const r of regimes) {
    codes.add(r.registration.basis);
    codes.add(r.redirect.basis);
    if (r.forward) codes.add(r.forward.basis);
    for (const term of Object.values(r.review)) codes.add(term.basis);
    if (r.extension) codes.add(r.extension.basis);
    if (r.filing) codes.add(r.filing.basis);
  }
  return [...codes];
}
