import { maskIin } from "./iin.ts";

/** Masks every 12-digit run (a possible IIN) in free text such as a logged URL. */
export function maskIinsIn(text: string): string {
  return text.replace(/(?<!\d)\d{12}(?!\d)/g, maskIin);
}

/**
 * A login as kept in the audit of a failed sign-in: an IIN masked like everywhere else, any other
 * text cut to its first two characters (a password typed into the login field is not kept).
 */
export function maskLogin(login: string): string {
  if (/^\d{12}$/.test(login)) return maskIin(login);
  return `${[...login].slice(0, 2).join("")}••••`;
}
