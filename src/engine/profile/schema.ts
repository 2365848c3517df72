import { z } from "zod";
import { DepartmentRubricSchema } from "./department-rubric";

/**
 * A rubric profile: everything domain.md marks *(profile)*, as data. Departments ship one inside the
 * templates they distribute; the engine reads nothing jurisdiction-specific from code.
 */
export const GradeBandSchema = z.object({
  /** Lowest score that earns this grade (inclusive). */
  min: z.number(),
  grade: z.string().min(1),
});

const Band = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]);

export const ProfileSchema = z.object({
  id: z.string().min(1),
  name: z.object({ zh: z.string(), en: z.string() }),
  /** Grade bands, highest first: 优 ≥ 90, 良 ≥ 80, … The last band should have min 0. */
  grades: z.array(GradeBandSchema).min(1),
  execution: z.object({
    /** 执行率 = 全年执行数 / 全年预算数 (adjusted) or / 年初预算数 (initial). */
    denominator: z.enum(["adjusted", "initial"]),
  }),
  /** Score of a negative indicator (≤ T) whose actual A exceeds T: T/A × w ("ratio") or linear to 0 at 2T ("linear"). */
  negativeIndicator: z.enum(["ratio", "linear"]),
  /** Qualitative bands as fractions of the weight: partly achieved [0.6, 0.8), not achieved [0, 0.6). */
  qualitativeBands: z.object({ partial: Band, failed: Band }),
  /** Actual ≥ ratio × target is reported as possibly too low a target (info); null turns it off. */
  overachievementRatio: z.number().positive().nullable(),
  coverage: z.object({
    /** 二级 categories every 产出 block must have. */
    output: z.array(z.string()),
    /** 成本 indicators: required (error when absent), recommended (warning), or not asked for. */
    cost: z.enum(["required", "recommended", "none"]),
    /** 效益 must have at least one of these. */
    outcomeAnyOf: z.array(z.string()),
    satisfactionRequired: z.boolean(),
  }),
  /** Expected 一级 weights. satisfaction null: 满意度 counts within 效益 (Shenzhen 10/50/40). */
  primaryWeights: z.object({
    execution: z.number(),
    output: z.number(),
    outcome: z.number(),
    satisfaction: z.number().nullable(),
  }),
  /**
   * Decimals a self-evaluation's item scores are computed to (0: whole points, as some provinces score). Absent: as
   * the form shows — whole points when every entered score is whole and some fractional score is shown rounded
   * (8.62 entered as 9), else two decimals.
   */
  scoreDecimals: z.number().int().min(0).max(2).optional(),
  /**
   * Severity of a self-evaluation whose 一级 weights (or funds weight) differ from primaryWeights: "warning" (default: a
   * jurisdiction may set its own weights), "error" where the weights are binding, "off".
   */
  primaryWeightsCheck: z.enum(["warning", "error", "off"]).default("warning"),
  /** Absolute tolerance when comparing an entered score with the computed one, on top of display precision. */
  tolerance: z.number().min(0).default(0),
  /** The department-level rubric (部门整体支出绩效评分表); see the department-evaluation form. */
  departmentRubric: DepartmentRubricSchema.optional(),
  /**
   * A template's own header words, each mapped to the word budget-check knows ("完成情况" → "实际完成值"), so a
   * department adds its layout's words without code. Applied to every header cell after normalizeHeader.
   */
  headerSynonyms: z.record(z.string().min(1), z.string().min(1)).optional(),
  /**
   * Which checks run (frictionless's pick/skip). Each entry is a finding code ("OVERACHIEVEMENT"), a catalogue tag
   * ("#score"), a check's name ("overachievement") or a check's tag. `pick`: only what matches runs (all when empty);
   * `skip`: what matches does not run, even when picked. A check raising several codes keeps the selected ones.
   */
  checks: z
    .object({
      pick: z.array(z.string().min(1)).default([]),
      skip: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;

export function gradeFor(profile: Profile, score: number): string {
  const bands = bandsHighFirst(profile.grades);
  for (const b of bands) if (score >= b.min) return b.grade;
  return bands[bands.length - 1].grade;
}

/** A profile's grade bands, highest first; sorted once per list, not for every form graded. */
const gradesHighFirst = new WeakMap<Profile["grades"], Profile["grades"]>();
function bandsHighFirst(grades: Profile["grades"]): Profile["grades"] {
  let sorted = gradesHighFirst.get(grades);
  if (!sorted) gradesHighFirst.set(grades, (sorted = [...grades].sort((a, b) => b.min - a.min)));
  return sorted;
}
