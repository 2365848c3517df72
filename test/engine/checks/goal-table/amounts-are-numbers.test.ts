import { amountsAreNumbers } from "../../../../src/engine/forms/goal-table/checks/amounts-are-numbers";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(amountsAreNumbers, {
  valid: [
    { name: "every amount a number", rows: edit({}), merged: MERGED },
  ],
  invalid: [
    { name: "an amount written in words", rows: edit({ B5: "八十万" }), merged: MERGED, findings: ["NOT_A_NUMBER@B5"] },
  ],
});
