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

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at] | (bytes[at + 1] << 8);
}

/**
 * The total size a zip says its parts inflate to, from its central directory (read without inflating anything),
 * or null when there is no readable directory (the loader then reports the damage). A ZIP64 size counts as 4 GB.
 */
export function declaredInflatedSize(bytes: Uint8Array): number | null {
  const stop = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    total += u32(bytes, at + 24);
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return total;
}
