import type { ProfileInput } from "../../../../src/engine/profile/schema";
import type { Row } from "../../check-tester";
import { edit as editRows } from "../self-evaluation/form";

/** A small rubric: one group of three items, one scored from the 固定资产利用率 of the data block. */
export const PROFILE: Partial<ProfileInput> = {
  departmentRubric: {
    groups: [{ label: "部门管理", weight: 100 }],
    items: [
      { label: "预算编制合理性", group: "部门管理", weight: 40 },
      { label: "管理制度健全性", group: "部门管理", weight: 30 },
      {
        label: "固定资产利用率",
        group: "部门管理",
        weight: 30,
        parts: [{ label: "固定资产利用率", max: 30, rate: "固定资产利用率", tiers: [{ op: ">=", bound: "90%", score: 30 }, { op: ">=", bound: "75%", score: 20 }], score: 0 }],
      },
    ],
    dataItems: [{ id: "固定资产总额" }, { id: "在用固定资产" }],
    rates: [{ label: "固定资产利用率", formula: "在用固定资产 / 固定资产总额" }],
  },
};

/**
 * A consistent 部门整体支出绩效评分表 under PROFILE: items in rows 3–5 (D 分值, F 分数), 综合评分 F6, 评分等级 F7,
 * the data block in rows 9–11 (B10 固定资产总额, B11 在用固定资产), a note stating the rate in A13.
 */
export const BASE: Row[] = [
  ["部门整体支出绩效评分表", null, null, null, null, null],
  ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "分数"],
  ["部门管理(100分)", "预算管理", "预算编制合理性", 40, "编制合理得满分", 40],
  [null, "制度管理", "管理制度健全性", 30, "制度健全得满分", 30],
  [null, "资产管理", "固定资产利用率", 30, "≥90%得满分，≥75%得20分", 30],
  ["综合评分", null, null, null, null, 100],
  ["评分等级", null, null, null, null, "优"],
  [null, null, null, null, null, null],
  ["数据项", "数值", null, null, null, null],
  ["固定资产总额", 100, null, null, null, null],
  ["在用固定资产", 95, null, null, null, null],
  [null, null, null, null, null, null],
  ["本年度固定资产利用率为95.00%。", null, null, null, null, null],
];
export const MERGED = ["A3:A5"];
export const edit = (changes: Record<string, string | number | null>): Row[] => editRows(changes, BASE);
