/** RFC 4180 CSV: cells quoted when they hold a comma, a quote or a line break; CRLF line ends. */
export function toCsv(lines: readonly (readonly string[])[]): string {
  const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${lines.map((l) => l.map(cell).join(",")).join("\r\n")}\r\n`;
}
