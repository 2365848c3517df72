import { currentYearWithinTotal } from "../../../../src/engine/forms/goal-table/checks/current-year-within-total";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(currentYearWithinTotal, {
  valid: [
    { name: "the year's amount equal to the total", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "the year's amount above the project's total", rows: edit({ B4: 1200000, B5: 1000000 }), merged: MERGED, findings: ["SUM_MISMATCH@B4"] },
  ],
});
