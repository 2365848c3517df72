import { fundsTotals } from "../../../../src/engine/forms/self-evaluation/checks/funds-totals";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(fundsTotals, {
  valid: [
    { name: "the parts (财政拨款 + 其他资金) make the total", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "a part written in words: NOT_A_NUMBER there, and the total is not compared with the other parts alone", rows: edit({ C5: "二百" }), merged: MERGED, findings: ["NOT_A_NUMBER@C5"] },
    { name: "全年预算数 parts 180 + 0 against a total of 200", rows: edit({ C5: 180 }), merged: MERGED, findings: ["SUM_MISMATCH@C4"] },
    { name: "a total written in words", rows: edit({ B4: "二百" }), merged: MERGED, findings: ["NOT_A_NUMBER@B4"] },
  ],
});
