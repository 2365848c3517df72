import { fundsSplit } from "../../../../src/engine/forms/goal-table/checks/funds-split";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(fundsSplit, {
  valid: [
    { name: "a part written in words: NOT_A_NUMBER says so, the sum is not guessed from the other part", rows: edit({ B5: "八十万" }), merged: MERGED },
    { name: "财政拨款 800,000 + 其他资金 200,000 make the total", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "parts 700,000 + 200,000 against a total of 1,000,000", rows: edit({ B5: 700000 }), merged: MERGED, findings: ["SUM_MISMATCH@B3"] },
  ],
});
