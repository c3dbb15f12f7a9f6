/**
 * Individual identification number (ЖСН / ИИН): 12 digits, YYMMDD, a century-and-sex digit,
 * four serial digits and a check digit computed with weights 1..11, then 3..11,1,2 when the
 * first pass gives 10 (a second 10 makes the number invalid).
 */
export function isValidIin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const check = (weights: number[]) => weights.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11;
  let control = check([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (control === 10) control = check([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  if (control === 10 || control !== digits[11]) return false;
  const month = digits[2]! * 10 + digits[3]!;
  const day = digits[4]! * 10 + digits[5]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** 900101300126 → 9001••••0126: enough to recognise, not enough to reuse. */
export function maskIin(value: string): string {
  return value.length === 12 ? `${value.slice(0, 4)}••••${value.slice(8)}` : "••••";
}
