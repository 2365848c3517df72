import type { FindingDraft } from "../../findings/finding";
import { equalAtPrecision, roundHalfAway } from "../../numbers";
import { amountOf, decimalsOf, yuanPer } from "./amounts";
import { readTextAmounts } from "./text-amounts";
import type { GoalTableForm, LabelledCell } from "./types";

/**
 * The amounts listed in a breakdown text against the amount cell they break down. A 合计 the text states
 * must first agree with its own items (statedTotal); then what the text comes to must equal the cell (againstCell).
 * Amounts in the text are in 元; the cell is in the form's unit.
 */
export function textTotal(form: GoalTableForm, text: LabelledCell | null, amount: LabelledCell | null): FindingDraft[] {
  if (!text) return [];
  const t = readTextAmounts(text.value.text);
  if (t.items.length === 0) return [];
  if (t.statedTotal && roundHalfAway(t.statedTotal.value, 2) !== roundHalfAway(t.itemsSum, 2)) {
    return [
      {
        code: "TEXT_ARITHMETIC_MISMATCH",
        context: "statedTotal",
        sheet: form.sheet,
        cell: text.value.cell,
        expected: t.itemsSum,
        actual: t.statedTotal.value,
        params: { label: text.label },
      },
    ];
  }
  const cellAmount = amountOf(amount?.value);
  if (!amount || cellAmount === null) return [];
  const inUnit = t.amount / yuanPer(form.unit);
  if (equalAtPrecision(cellAmount, inUnit, decimalsOf(amount.value, form.unit))) return [];
  return [
    {
      code: "TEXT_ARITHMETIC_MISMATCH",
      context: "againstCell",
      sheet: form.sheet,
      cell: text.value.cell,
      related: [amount.value.cell],
      expected: roundHalfAway(inUnit, 2),
      actual: cellAmount,
      params: { label: text.label, target: amount.label },
    },
  ];
}
