import { fundsUseTotal } from "../../../../src/engine/forms/goal-table/checks/funds-use-total";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(fundsUseTotal, {
  valid: [
    { name: "the uses add up to the year's amount", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "uses of 600,000 + 300,000 against 1,000,000", rows: edit({ B7: "书屋建设经费600000元，图书采购经费300000元。" }), merged: MERGED, findings: ["TEXT_ARITHMETIC_MISMATCH@B7"] },
  ],
});
