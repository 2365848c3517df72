import fc from "fast-check";
import { cellAddress } from "../../../src/engine/address";
import { ReportSchema } from "../../../src/engine/report";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { WorkbookSnapshotSchema, type CellValue, type WorkbookSnapshot } from "../../../src/engine/snapshot";
import { readWorkbook } from "../../../src/hosts/file";
import { EXAMPLES } from "../../../scripts/make-examples";
import { validateWorkbook } from "../../../src/engine/validate";
import { planWrites, WritePlanSchema } from "../../../src/engine/write-plan";

/**
 * Whatever a workbook holds, the engine answers with a report and a plan that meet their schemas: it never throws.
 * Sheets are drawn from the words recognisers look for, so random grids do reach the recognisers and checks
 * (headers of every form kind, funds and total rows, targets and actuals), plus junk, errors and merges.
 */
const WORDS = [
  "项目支出绩效自评表", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "权重",
  "偏差原因分析及改进措施", "指标性质", "指标值", "度量单位", "完成值", "年初预算数", "全年预算数", "全年执行数", "执行率",
  "年度资金总额", "其中：当年财政拨款", "其他资金", "总分", "评价等级", "产出指标（50分）", "效益指标（40分）", "数量指标",
  "质量指标", "时效指标", "满意度指标", "不适用", "项目绩效目标表", "指标目标值", "目标值来源", "项目总金额", "本年度项目金额",
  "财政拨款资金", "资金用途", "部门整体支出绩效评分表", "分数", "综合评分", "基础数据", "数据项", "数值", "收支总表",
  "本年收入合计", "本年支出合计", "总计", "合计", "小计", "科目编码", "科目名称", "单位：万元", "单位：元", "206", "20605",
  "2060599", "基本支出", "项目支出", "≥90%", "3场", "及时", "合规", "有效保障", "未开展", "进一步提升", "6000元/台*4=24000元",
  "-", "—", "/", "#REF!", "#DIV/0!", "优", "良", "１２３", "4,458,587.00", "99.62%", "=SUM(A1:A3)", "",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const sheet = fc
  .record({
    rows: fc.integer({ min: 0, max: 24 }),
    cols: fc.integer({ min: 1, max: 10 }),
    origin: fc.record({ row: fc.integer({ min: 0, max: 3 }), col: fc.integer({ min: 0, max: 2 }) }),
    seedCells: fc.array(cell, { minLength: 240, maxLength: 240 }),
    merges: fc.array(fc.tuple(fc.nat(23), fc.nat(9), fc.nat(3), fc.nat(3)), { maxLength: 6 }),
    visibility: fc.constantFrom("visible", "hidden", "veryHidden"),
  })
  .map(({ rows, cols, origin, seedCells, merges, visibility }) => ({
    name: `S${rows}x${cols}`,
    visibility,
    origin,
    values: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => seedCells[(r * cols + c) % seedCells.length])),
    merged: merges
      .filter(([r, c]) => r < rows && c < cols)
      .map(([r, c, h, w]) => `${cellAddress(origin.row + r, origin.col + c)}:${cellAddress(origin.row + Math.min(rows - 1, r + h), origin.col + Math.min(cols - 1, c + w))}`),
  }));

test("validateWorkbook and planWrites never throw, and always answer within their schemas", () => {
  fc.assert(
    fc.property(fc.array(sheet, { minLength: 0, maxLength: 3 }), fc.constantFrom("zh", "en") as fc.Arbitrary<"zh" | "en">, (sheets, lang) => {
      const named = sheets.map((s, i) => ({ ...s, name: `${s.name}-${i}` }));
      const snapshot = WorkbookSnapshotSchema.parse({ name: "fuzz.xlsx", sheets: named });
      const result = validateWorkbook(snapshot, { lang });
      ReportSchema.parse(result.report);
      WritePlanSchema.parse(planWrites(snapshot, result, { lang }));
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 300) },
  );
});

/**
 * The real forms with random cells overwritten (text in amounts, errors, blanks, other header words) and random
 * merges added: every check runs on damaged but recognisable forms, and none of them may throw.
 */
describe("damaged real forms", () => {
  let examples: WorkbookSnapshot[] = [];
  beforeAll(async () => {
    examples = await Promise.all(EXAMPLES.map(async (e) => readWorkbook(await readFile(path.join(__dirname, "../../../examples", e.file)), e.file)));
  });

  type Edit = { sheet: number; row: number; col: number; value: CellValue; merge?: [number, number] };
  const damaged = (which: number, edits: Edit[]): WorkbookSnapshot => {
    const snapshot = structuredClone(examples[which % examples.length]);
    for (const e of edits) {
      const s = snapshot.sheets[e.sheet % snapshot.sheets.length];
      if (s.values.length === 0) continue;
      const r = e.row % s.values.length;
      const c = e.col % Math.max(1, s.values[r].length);
      s.values[r][c] = e.value;
      if (e.merge) {
        const [h, w] = e.merge;
        const bottom = Math.min(s.values.length - 1, r + h);
        const right = Math.min(s.values[r].length - 1, c + w);
        s.merged.push(`${cellAddress(s.origin.row + r, s.origin.col + c)}:${cellAddress(s.origin.row + bottom, s.origin.col + right)}`);
      }
    }
    return snapshot;
  };
  const check = (snapshot: WorkbookSnapshot) => {
    const result = validateWorkbook(snapshot);
    ReportSchema.parse(result.report);
    WritePlanSchema.parse(planWrites(snapshot, result));
  };

  // Crashes these properties found once, kept as fixed cases (a header merged onto a boolean cell in 表2; a block
  // left without amount columns; a target of 5e-324 making an infinite over-achievement ratio).
  test.each([
    [2130706411, [{ sheet: 8557831, row: 1223875156, col: 0, value: false, merge: [0, 1] }]],
    [1995589536, [{ sheet: 0, row: 617179482, col: 111644071, value: null, merge: [1, 0] }]],
    [803788101, [{ sheet: 0, row: 196251180, col: 471048319, value: null, merge: [2, 0] }, { sheet: 0, row: 0, col: 0, value: null }]],
    [2, [{ sheet: 0, row: 505576061, col: 1287579449, value: 5e-324, merge: [0, 2] }]],
  ] as [number, Edit[]][])("counterexample %#", (which, edits) => {
    expect(() => check(damaged(which, edits))).not.toThrow();
  });

  test("validateWorkbook and planWrites never throw on them", () => {
    const edit = fc.record({ sheet: fc.nat(), row: fc.nat(), col: fc.nat(), value: cell, merge: fc.option(fc.tuple(fc.nat(2), fc.nat(2)), { nil: undefined }) });
    fc.assert(
      fc.property(fc.nat(), fc.array(edit, { minLength: 1, maxLength: 25 }), (which, edits) => check(damaged(which, edits))),
      { numRuns: Number(process.env.FC_RUNS ?? 200) },
    );
  });
});
