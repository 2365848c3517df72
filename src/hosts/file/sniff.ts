/**
 * What a file is, from its first bytes, before ExcelJS sees it: ExcelJS's own errors for a text file or an
 * .xls ("End of data reached", "Can't find end of central directory") would tell a user nothing.
 */
export type FileKind = "zip" | "ole2-encrypted" | "ole2" | "other";

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
