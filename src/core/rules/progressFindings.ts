/**
 * Helpers of the progress rules (PROGRESS_MISSING, STATUS_INCONSISTENT, BEHIND_SCHEDULE,
 * ITEM_UNMATCHED): how an item is named and where, how a fraction and a quantity read in a message.
 */

import { formatPlainNumber } from "../grid";
import { roundTo } from "../text/decimal";
import { CellPos, Item } from "../model/items";
import { CompletionResult, Quantity } from "../progress/completion";
import { compactText } from "../text/normalize";

/**
 * The cell that names the item: its name cell, else its first cell; for one indicator of a by-place
 * row, that indicator's target cell, which no other item of the row shares.
 */
export function nameCell(item: Item): CellPos {
  if (item.indicator) return { row: item.row, col: item.indicator.target };
  return item.fields.name?.cell ?? { row: item.row, col: item.table.left };
}

/** The fields that name what an item is in its own row, when its name is its project's, merged above. */
const OWN_ROW_ROLES = ["target", "overview", "measures", "lead", "progress"] as const;

/**
 * A cell of the item's own row: its name cell, or, for a sub-item whose name is its project's merged
 * cell above (山亭's 具体项目内容 under one 目标任务), the first of its own fields in its row.
 */
export function ownRowCell(item: Item): CellPos {
  const name = nameCell(item);
  if (name.row >= item.row) return name;
  for (const role of OWN_ROW_ROLES) {
    const cell = item.fields[role]?.cell;
    if (cell && cell.row >= item.row && cell.row <= item.rowEnd) return cell;
  }
  return { row: item.row, col: name.col };
}

/** The item's name as staff read it in a message: its project's name, else its number. */
export function itemName(item: Item): string {
  return compactText(item.group.name) || compactText(item.group.seq);
}

/** A fraction as a percent with one decimal (0.2466 → 24.7). */
export function percent(fraction: number): number {
  return roundTo(fraction * 100, 1);
}

/** A fraction kept to 4 decimals for `expected`/`actual` (0.24657… → 0.2466). */
export function fraction4(fraction: number): number {
  return roundTo(fraction, 4);
}

/** `62人`, `0.2公里`. */
export function quantityText(quantity: Quantity): string {
  return `${formatPlainNumber(quantity.value)}${quantity.unit}`;
}

/** The target that sets an item's completion from figures, with what was achieved towards it. */
export function lowestTarget(
  completion: CompletionResult
): { achieved: Quantity; target: Quantity } | null {
  if (completion.basis !== "figures") return null;
  for (const t of completion.perTarget)
    if (t.achieved && t.completion === completion.completion)
      return { achieved: t.achieved, target: t.target };
  return null;
}
