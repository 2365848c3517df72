import { textExpressions } from "../../../../src/engine/forms/goal-table/checks/text-expressions";
import { goalTableCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

goalTableCheck(textExpressions, {
  valid: [
    { name: "no calculation written in the text", rows: edit({}), merged: MERGED },
    { name: "a calculation that is right", rows: edit({ B7: "书屋建设经费50个×12000元=600000元，图书采购经费400000元。" }), merged: MERGED },
  ],
  invalid: [
    { name: "a calculation that is wrong", rows: edit({ B7: "书屋建设经费50个×12000元=500000元，图书采购经费400000元。" }), merged: MERGED, findings: ["TEXT_ARITHMETIC_MISMATCH@B7"] },
  ],
});
