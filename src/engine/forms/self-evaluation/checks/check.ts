import type { FindingCode } from "../../../findings/catalog";
import type { FindingDraft } from "../../../findings/finding";
import type { EngineContext } from "../../form-module";
import type { FormScoring } from "../score";
import type { SelfEvaluationForm } from "../types";

/** A self-evaluation check: one rule, the codes it may raise, findings located at cells. */
export interface SelfEvalCheck {
  name: string;
  codes: FindingCode[];
  run(form: SelfEvaluationForm, scoring: FormScoring, ctx: EngineContext): FindingDraft[];
}

/** Entered and computed scores differ when they differ at the precision the cell shows, beyond the profile's tolerance. */
export function scoresDiffer(entered: number, computed: number, decimals: number | null, tolerance: number): boolean {
  const d = Math.min(decimals ?? 2, 2);
  const e = Number(entered.toFixed(6));
  if (Math.abs(e - computed) <= tolerance + 1e-9) return false;
  const f = 10 ** d;
  const r = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * f + 1e-7) / f;
  return r(e) !== r(computed);
}
