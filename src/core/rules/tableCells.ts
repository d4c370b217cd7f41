/**
 * Helpers of the rules that check a table's cells as stored (NUMBER_AS_TEXT, TOTAL_NOT_FORMULA,
 * FORMULA_RANGE_INCOMPLETE): which item a row belongs to.
 */

import { Item } from "../model/items";
import { TableModel } from "../model/workbookModel";

/** The item each item row belongs to (continuation rows included). */
export function itemsByRow(model: TableModel): Map<number, Item> {
  const byRow = new Map<number, Item>();
  for (const item of model.items) for (let r = item.row; r <= item.rowEnd; r++) byRow.set(r, item);
  return byRow;
}
