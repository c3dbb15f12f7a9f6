/** The accepted attachment types, recognised by their first bytes rather than their names. */
export type AcceptedType = "application/pdf" | "image/jpeg" | "image/png";

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

const SIGNATURES: { type: AcceptedType; bytes: number[] }[] = [
  { type: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
];

/** The content type by magic number, or null for anything else (an executable renamed .pdf, say). */
export function sniffType(head: Uint8Array): AcceptedType | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => head[i] === b))?.type ?? null;
}

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const base = [...last]
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch !== "\u007f")
    .join("")
    .trim();
  return (base || "file").slice(0, 200);
}
