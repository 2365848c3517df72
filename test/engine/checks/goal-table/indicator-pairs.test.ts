import { indicatorPairs } from "../../../../src/engine/forms/goal-table/checks/indicator-pairs";
import { goalTableCheck } from "../../check-tester";
import { edit, insert, MERGED } from "./form";

goalTableCheck(indicatorPairs, {
  valid: [
    { name: "the 数量 indicator has its 质量 and 时效 pair", rows: edit({}), merged: MERGED },
    { name: "a rate filed under 数量 is not a count to pair", rows: edit({ C10: "书屋覆盖率" }), merged: MERGED },
    { name: "a -度 that says how well is not a count (群众知晓度)", rows: edit({ C10: "书屋知晓度" }), merged: MERGED },
    { name: "a 其中 row breaking a quantity down needs no partners of its own", rows: insert(10, [[null, null, "其中:新建村级书屋数量", "≥30个", "年度计划"]]), merged: MERGED },
    { name: "numbered names pair by what follows the number (指标1: | 指标2:)", rows: edit({ C10: "指标1:新建书屋数量", C11: "指标2:新建书屋验收合格率", C12: "指标3:新建书屋完成及时率" }), merged: MERGED },
  ],
  invalid: [
    { name: "the 质量 indicator names another thing", rows: edit({ C11: "图书验收合格率" }), merged: MERGED, findings: ["UNPAIRED_INDICATOR@C10"] },
    // 陕西's 「指标1:新建堤防、护岸长度」: a length built is a count of work, paired like any other quantity.
    { name: "a length (长度) is a quantity to pair, not a -度 quality", rows: edit({ C10: "新建堤防长度" }), merged: MERGED, findings: ["UNPAIRED_INDICATOR@C10"] },
  ],
});
