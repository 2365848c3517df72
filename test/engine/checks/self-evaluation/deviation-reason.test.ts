import { deviationReason } from "../../../../src/engine/forms/self-evaluation/checks/deviation-reason";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(deviationReason, {
  valid: [
    { name: "all achieved: no reason asked for", rows: edit({}), merged: MERGED },
    { name: "a shortfall with its reason", rows: edit({ E12: "4000人", G12: 24, H12: "部分居民外出务工" }), merged: MERGED },
  ],
  invalid: [
    { name: "a shortfall without a reason", rows: edit({ E12: "4000人", G12: 24 }), merged: MERGED, findings: ["MISSING_DEVIATION_REASON@H12"] },
  ],
});
