import { targetChanged } from "../../../../src/engine/forms/goal-table/checks/target-changed";
import { workbookCheck } from "../../check-tester";
import * as goal from "../goal-table/form";
import * as self from "../self-evaluation/form";

/** The goal table and the self-evaluation of the same project (社区书屋), each on its own sheet. */
const sheets = (selfChanges: Record<string, string | number | null>) => [
  { name: "目标表", rows: goal.BASE, merged: goal.MERGED },
  { name: "自评表", rows: self.edit(selfChanges), merged: self.MERGED },
];

workbookCheck(targetChanged, {
  valid: [
    { name: "the self-evaluation keeps the goal table's targets", sheets: sheets({}) },
    { name: "a target written differently but saying the same (≥50个 as ≧50 个)", sheets: sheets({ D8: "≧50 个" }) },
    { name: "another project's self-evaluation", sheets: sheets({ B2: "图书馆改造", D8: "≥40个" }) },
  ],
  invalid: [
    {
      name: "新建书屋数量 set at ≥50个, evaluated against ≥40个",
      sheets: sheets({ D8: "≥40个" }),
      findings: ["TARGET_CHANGED@D8"],
      assert: ([d]) => expect([d.sheet, d.related]).toEqual(["自评表", ["'目标表'!D10"]]),
    },
  ],
});
