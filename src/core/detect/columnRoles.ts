/** Each column's role settled from its header words and its cells. */

import { getCell } from "../grid/grid";
import { Role } from "./roles";
import { ColumnInfo, DetectedTable, TableKind } from "./types";
import { SheetView } from "./sheetView";

export function roleColumnsOf(columns: ColumnInfo[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  for (const column of columns) {
    if (column.output) continue;
    for (const role of column.roles) if (!roles.has(role)) roles.set(role, column.col);
  }
  return roles;
}

function isMostlyNumeric(view: SheetView, col: number, rows: number[]): boolean {
  let numbers = 0;
  let filled = 0;
  for (const r of rows) {
    const cell = getCell(view.grid, r, col);
    if (!cell || cell.value === null || cell.value === "") continue;
    filled++;
    if (typeof cell.value === "number" || /^\s*-?[\d,.]+\s*%?\s*$/.test(String(cell.value)))
      numbers++;
  }
  return filled > 0 && numbers / filled >= 0.6;
}

export function kindOf(roles: Map<Role, number>): TableKind {
  if (roles.has("progress") || roles.has("actualValue") || roles.has("status")) return "progress";
  if (roles.has("year") && !roles.has("investTotal")) return "targets";
  return "projects";
}

/** Rows needed before a name column full of figures is taken for a target value column. */
const MIN_ROWS_TO_SETTLE = 3;

/**
 * `目标任务` names a task in a text table and holds the target figure in a numeric one; a column of
 * figures under a name-like header is a target value.
 */
export function settleAmbiguousRoles(
  view: SheetView,
  table: DetectedTable,
  itemRows: number[]
): void {
  const nameCol = table.roleColumns.get("name");
  if (nameCol === undefined || table.roleColumns.has("targetValue")) return;
  // a handful of rows cannot tell a column of figures from names that happen to be numbers
  if (itemRows.length < MIN_ROWS_TO_SETTLE) return;
  if (!isMostlyNumeric(view, nameCol, itemRows)) return;
  const column = table.columns.find((c) => c.col === nameCol);
  if (column) column.roles = column.roles.map((r) => (r === "name" ? "targetValue" : r));
  table.roleColumns = roleColumnsOf(table.columns);
}
