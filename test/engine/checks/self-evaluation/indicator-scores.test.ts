import { indicatorScores } from "../../../../src/engine/forms/self-evaluation/checks/indicator-scores";
import { selfEvaluationCheck } from "../../check-tester";
import { edit, MERGED } from "./form";

selfEvaluationCheck(indicatorScores, {
  valid: [
    { name: "every indicator achieved, full scores", rows: edit({}), merged: MERGED },
    { name: "an indicator short of its target scored in proportion (4000 of 5000 × 30 = 24)", rows: edit({ E12: "4000人", G12: 24, H12: "部分居民外出务工" }), merged: MERGED },
  ],
  invalid: [
    { name: "a full score for an indicator short of its target", rows: edit({ E12: "4000人", H12: "部分居民外出务工" }), merged: MERGED, findings: ["SCORE_MISMATCH@G12"] },
    { name: "a score above the weight", rows: edit({ G8: 25 }), merged: MERGED, findings: ["SCORE_EXCEEDS_WEIGHT@G8"] },
  ],
});
