import type { GoalTableCheck } from "./check";
import { pairingFindings } from "../../indicators/coverage";
import { indicatorRefs } from "../indicator-refs";

/** UNPAIRED_INDICATOR: a quantity indicator without its quality or timeliness partner (shared rule). */
export const indicatorPairs: GoalTableCheck = {
  name: "indicator-pairs",
  codes: ["UNPAIRED_INDICATOR"],
  run: (form) => pairingFindings(form.sheet, indicatorRefs(form)),
};
