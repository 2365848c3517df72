import { parseCell } from "../../../../src/engine/address";
import type { Row } from "../../check-tester";

/**
 * A consistent self-evaluation (Shenzhen weights 10 / 50 / 40, every 二级 a Shenzhen form needs): no check finds
 * anything in it. Each check's test changes a few cells with `edit` to make one defect.
 *
 *     row 4  年度资金总额   200 | 200 | 190 | 10 | 95.00% | 9.5
 *     row 8–13 indicators (D target, E actual, F 分值, G 得分, H 偏差原因), row 14 总分, row 15 评价等级
 */
export const BASE: Row[] = [
  ["项目支出绩效自评表", null, null, null, null, null, null, null],
  ["项目名称", "社区书屋", null, null, null, null, null, null],
  ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", null],
  ["年度资金总额", 200, 200, 190, 10, "95.00%", 9.5, null],
  ["其中：财政拨款", 200, 200, 190, null, null, null, null],
  ["其他资金", 0, 0, 0, null, null, null, null],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ["产出指标", "数量指标", "新建书屋数量", "≥50个", "52个", 20, 20, null],
  [null, "质量指标", "新建书屋验收合格率", "≥98%", "99%", 10, 10, null],
  [null, "时效指标", "新建书屋完成及时率", "100%", "100%", 10, 10, null],
  [null, "成本指标", "单个书屋成本", "≤4万元", "3.8万元", 10, 10, null],
  ["效益指标", "社会效益指标", "惠及居民", "≥5000人", "5200人", 30, 30, null],
  [null, "满意度指标", "居民满意度", "≥90%", "92%", 10, 10, null],
  ["总分", null, null, null, null, 100, 99.5, null],
  ["评价等级", "优", null, null, null, null, null, null],
];
export const MERGED = ["A8:A11", "A12:A13"];

/** The base form with cells changed (A1 addresses; null empties a cell). */
export function edit(changes: Record<string, string | number | null>, rows: Row[] = BASE): Row[] {
  const out = rows.map((r) => [...r]);
  for (const [a1, v] of Object.entries(changes)) {
    const { row, col } = parseCell(a1);
    while (out.length <= row) out.push([]);
    while (out[row].length <= col) out[row].push(null);
    out[row][col] = v;
  }
  return out;
}

/** Rows inserted before the row at `at` (0-based): the rows below move down. */
export function insert(at: number, added: Row[], rows: Row[] = BASE): Row[] {
  return [...rows.slice(0, at), ...added, ...rows.slice(at)];
}
