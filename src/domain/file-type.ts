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

const EXTENSION: Record<AcceptedType, string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
};
const SAME_TYPE: Record<AcceptedType, string[]> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
};

/**
 * Characters never kept in a stored name: C0 and C1 controls, and the bidirectional and
 * invisible formatting characters that make `scan\u202Efdp.hta` read as "scanath.pdf".
 */
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/g;

/**
 * A file name safe to store and show: the last path segment, Unicode NFC, without control,
 * bidi or invisible characters, at most 200 characters, and with the extension of the type the
 * content was recognised as (`scan\u202Efdp.hta` with PDF content becomes `scanfdp.pdf`).
 */
export function cleanFilename(name: string, type: AcceptedType): string {
  const last = (name.split(/[\\/]/).pop() ?? "").normalize("NFC").replace(HIDDEN, "").trim();
  const dot = last.lastIndexOf(".");
  const extension = dot > 0 ? last.slice(dot + 1).toLowerCase() : "";
  const stem = (dot > 0 ? last.slice(0, dot) : last).replace(/^[.\s]+|[.\s]+$/g, "");
  const keep = SAME_TYPE[type].includes(extension) ? extension : EXTENSION[type];
  return `${(stem || "file").slice(0, 195)}.${keep}`;
}
