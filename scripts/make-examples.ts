/**
 * `npm run examples`: regenerate examples/*.xlsx from the example generators in scripts/examples/.
 * Each generator types its data from a published seed document; nothing here is computed by the engine.
 * A new example is one import line and one entry in EXAMPLES.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import { example as seed002 } from "./examples/seed002";
import { example as seed000 } from "./examples/seed000";
import { example as seed001 } from "./examples/seed001";
import { example as seed003 } from "./examples/seed003";
import { example as seed004 } from "./examples/seed004";

export interface Example {
  file: string;
  build: () => Promise<ExcelJS.Workbook>;
}

export const EXAMPLES: Example[] = [seed000, seed001, seed002, seed003, seed004];

export async function writeExamples(dir: string, examples: Example[] = EXAMPLES): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const ex of examples) {
    const wb = await ex.build();
    const target = path.join(dir, ex.file);
    await wb.xlsx.writeFile(target);
    written.push(target);
  }
  return written;
}

if (require.main === module) {
  const dir = path.resolve(__dirname, "..", "examples");
  writeExamples(dir).then(
    (files) => files.forEach((f) => console.log(path.relative(process.cwd(), f))),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
