import { maskIin } from "./iin.ts";

/** Masks every 12-digit run (a possible IIN) in free text such as a logged URL. */
export function maskIinsIn(text: string): string {
  return text.replace(/(?<!\d)\d{12}(?!\d)/g, maskIin);
}
