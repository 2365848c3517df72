/**
 * What a file is, from its first bytes, before ExcelJS sees it: ExcelJS's own errors for a text file or an
 * .xls ("End of data reached", "Can't find end of central directory") would tell a user nothing.
 */
export type FileKind = "zip" | "ole2-encrypted" | "ole2" | "other";

/** Other office formats that come as a zip, told apart by the parts they hold. */
export type OtherFormat = "ods" | "xlsb" | "docx" | "pptx" | "odt";

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[2 * i] = text.charCodeAt(i) & 0xff;
    out[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (haystack[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// A password-protected .xlsx is not a zip: Office wraps the encrypted package in an OLE2 compound file, the
// same container as an .xls. The directory entry names (UTF-16LE) tell the two apart.
const ENCRYPTION_STREAMS = [utf16le("EncryptedPackage"), utf16le("EncryptionInfo")];

export function sniffFile(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (startsWith(bytes, OLE2)) {
    return ENCRYPTION_STREAMS.some((name) => indexOf(bytes, name) >= 0) ? "ole2-encrypted" : "ole2";
  }
  return "other";
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

const ZIP_FORMATS: [OtherFormat, Uint8Array[]][] = [
  // OpenDocument stores its media type uncompressed in the first part, "mimetype".
  ["ods", [ascii("application/vnd.oasis.opendocument.spreadsheet")]],
  ["odt", [ascii("application/vnd.oasis.opendocument.text")]],
  ["xlsb", [ascii("xl/workbook.bin")]],
  ["docx", [ascii("word/document.xml")]],
  ["pptx", [ascii("ppt/presentation.xml")]],
];
const XLSX_WORKBOOK = ascii("xl/workbook.xml");

/**
 * A zip that is another office format (.ods, .xlsb, .docx …), by the part names every zip lists in its central
 * directory; null for an .xlsx (or a zip we cannot tell). Reads only the first and last 64 KB.
 */
export function otherZipFormat(bytes: Uint8Array): OtherFormat | null {
  const head = bytes.subarray(0, 65_536);
  const tail = bytes.subarray(Math.max(0, bytes.length - 65_536));
  const has = (needle: Uint8Array) => indexOf(head, needle) >= 0 || indexOf(tail, needle) >= 0;
  if (has(XLSX_WORKBOOK)) return null;
  for (const [format, needles] of ZIP_FORMATS) if (needles.some(has)) return format;
  return null;
}
