/**
 * Writes the real-forms corpus (test/fixtures/real) as .xlsx workbooks, typed in their printed layouts, so they can be
 * opened in a spreadsheet program and checked as a user would: `npm run corpus -- <dir>` (default: corpus/), then
 * `npx budget-check validate corpus/*.xlsx` or `npx budget-check explain corpus/<id>.xlsx`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { loadRealFixtures } from "../test/fixtures/real/load";
import type { RealFixture } from "../test/fixtures/real/types";
import { put } from "./examples/cells";

/** One fixture as a workbook: values, merged areas and number formats where the fixture gives them. */
export function corpusWorkbook(fx: RealFixture): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of fx.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        put(ws, r + 1, c + 1, v, undefined);
      }),
    );
    for (const [addr, fmt] of Object.entries(sheet.numberFormats ?? {})) ws.getCell(addr).numFmt = fmt;
    for (const m of sheet.merged ?? []) ws.mergeCells(m);
    ws.columns.forEach((col) => (col.width = 14));
  }
  return wb;
}

export async function writeCorpus(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const fx of loadRealFixtures()) {
    const file = path.join(dir, `${fx.id}.xlsx`);
    writeFileSync(file, new Uint8Array((await corpusWorkbook(fx).xlsx.writeBuffer()) as ArrayBuffer));
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const dir = process.argv[2] ?? "corpus";
  void writeCorpus(dir).then((files) => process.stdout.write(`${files.length} workbooks written to ${dir}/\n`));
}
