import { parseRange } from "../../engine/address";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../engine/snapshot";
import { splitAreas, localAddress } from "./addresses";
import type { ExcelEnvironment } from "./context";
import { ExcelHostError, describeOfficeError } from "./errors";
import { capabilities } from "./requirements";

const VISIBILITY: Record<string, SheetSnapshot["visibility"]> = {
  Visible: "visible",
  Hidden: "hidden",
  VeryHidden: "veryHidden",
};

interface SheetRequest {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged?: Excel.RangeAreas;
  indents?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Office's `formulas` repeats the value for plain cells; only real formulas are kept. */
function formulaOf(f: unknown, v: unknown): string | null {
  return typeof f === "string" && f.startsWith("=") && f !== v ? f : null;
}

function sheetSnapshot(name: string, visibility: string, isProtected: boolean, req: SheetRequest): SheetSnapshot {
  const origin = parseRange(localAddress(req.used.address));
  const rawValues = req.used.values as unknown[][];
  const rawFormulas = req.used.formulas as unknown[][];
  const rawFormats = req.used.numberFormat as unknown[][];
  const values = rawValues.map((row) => row.map(cellValue));
  const formulas = rawFormulas.map((row, i) => row.map((f, j) => formulaOf(f, rawValues[i][j])));
  const numberFormats = rawFormats.map((row) => row.map((f) => (typeof f === "string" && f !== "General" ? f : null)));
  const indents = req.indents?.value.map((row) => row.map((p) => p.format?.indentLevel ?? 0));
  const merged = req.merged && !req.merged.isNullObject ? splitAreas(req.merged.address) : [];
  return {
    name,
    visibility: VISIBILITY[visibility] ?? "visible",
    protected: isProtected,
    origin: { row: origin.top, col: origin.left },
    values,
    formulas,
    numberFormats,
    ...(indents ? { indents } : {}),
    merged,
  };
}

/**
 * The whole workbook as the engine reads it, in two round trips whatever the number of sheets and cells:
 * the first learns the sheets, the second loads every sheet's used range, merged areas and indents at once.
 * Nothing is written.
 */
export async function readSnapshot(env: ExcelEnvironment): Promise<WorkbookSnapshot> {
  const caps = capabilities(env);
  try {
    return await env.run(async (context) => {
      const workbook = context.workbook;
      workbook.load("name");
      const sheets = workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      await context.sync();

      const requests: SheetRequest[] = sheets.items.map((sheet) => {
        // valuesOnly: a column formatted to row 1,048,576 must not become a million-row read.
        const used = sheet.getUsedRange(true);
        used.load("address,values,formulas,numberFormat");
        const req: SheetRequest = { sheet, used };
        if (caps.mergedAreas) {
          // On the whole sheet, not on the used range: a merged title may reach past the last value.
          req.merged = sheet.getRange().getMergedAreasOrNullObject();
          req.merged.load("address");
        }
        if (caps.cellProperties) req.indents = used.getCellProperties({ format: { indentLevel: true } });
        return req;
      });
      await context.sync();

      return {
        name: workbook.name,
        sheets: requests.map((req) => sheetSnapshot(req.sheet.name, req.sheet.visibility, req.sheet.protection.protected, req)),
      };
    });
  } catch (e) {
    if (e instanceof ExcelHostError) throw e;
    throw new ExcelHostError("read-failed", { reason: describeOfficeError(e) }, { cause: e });
  }
}
