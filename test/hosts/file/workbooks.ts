import { createHash } from "node:crypto";
import ExcelJS from "exceljs";

/** Test workbooks are built here, in the test, with ExcelJS: what each one holds is visible next to its use. */
export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(out);
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** An OLE2 compound file header: the container of .xls files and of password-protected .xlsx files. */
function ole2(directoryNames: string[]): Uint8Array {
  const sector = 512;
  const out = new Uint8Array(sector * 3);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const view = new DataView(out.buffer);
  view.setUint16(0x18, 0x003e, true); // minor version
  view.setUint16(0x1a, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(0x1c, 0xfffe, true); // little-endian byte order mark
  view.setUint16(0x1e, 9, true); // sector shift: 2^9 = 512
  view.setUint16(0x20, 6, true); // mini sector shift
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // directory starts at sector 1
  view.setUint32(0x4c, 0, true); // FAT in sector 0
  // Directory entries (128 bytes each) in sector 1, names in UTF-16LE as Office writes them.
  directoryNames.forEach((name, i) => {
    const base = sector * 2 + i * 128;
    for (let k = 0; k < name.length; k++) view.setUint16(base + 2 * k, name.charCodeAt(k), true);
    view.setUint16(base + 0x40, (name.length + 1) * 2, true);
    out[base + 0x42] = i === 0 ? 5 : 2; // root storage, then streams
  });
  return out;
}

export function xlsLike(): Uint8Array {
  return ole2(["Root Entry", "Workbook", "\u0005SummaryInformation"]);
}

export function encryptedXlsxLike(): Uint8Array {
  return ole2(["Root Entry", "EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"]);
}
