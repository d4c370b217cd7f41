import { Cell, getCell } from "../grid";
import { DetectedTable } from "../detect/types";
import { NUMERIC_ROLES } from "../detect/roles";
import { compactText } from "../text/normalize";
import { decimalsShown } from "../grid/numbers";
import { TableModel } from "../model/workbookModel";
import { Item } from "../model/items";
import { Relation } from "../detect/relations";

/**
 * The tolerance for comparing a stated sum with its parts: the table's own rounding (the decimals
 * its figures show) or the configured money tolerance, whichever is larger, plus floating-point slack.
 */
export function sumTolerance(cells: (Cell | undefined)[], configured: number): number {
  let decimals = 0;
  for (const cell of cells) {
    if (cell && typeof cell.value === "number")
      decimals = Math.max(decimals, decimalsShown(cell.value, cell.format));
  }
  return Math.max(configured, decimals > 0 ? 10 ** -decimals : 0) + 1e-9;
}

/** Columns of a table that hold figures: investment, funding, target/actual values and rates. */
export function numericColumns(table: DetectedTable): number[] {
  const cols = new Set<number>(table.fundingColumns);
  for (const [role, col] of table.roleColumns) if (NUMERIC_ROLES.has(role)) cols.add(col);
  for (const column of table.columns) if (column.numeric && !column.output) cols.add(column.col);
  for (const { target, actual, rate } of table.indicators) {
    cols.add(target);
    cols.add(actual);
    if (rate !== null) cols.add(rate);
  }
  return [...cols].sort((a, b) => a - b);
}

/** The figure columns a totals row adds up: every one but rates and percents, which are never summed. */
export function summedColumns(table: DetectedTable): number[] {
  return numericColumns(table).filter((col) => {
    const column = table.columns.find((c) => c.col === col);
    return !column?.roles.includes("rate") && !column?.percent;
  });
}

export function cellAt(model: TableModel, row: number, col: number): Cell | undefined {
  return getCell(model.grid, row, col);
}

export function rowsOfKind(
  table: DetectedTable,
  kind: "totals" | "subtotal" | "category"
): number[] {
  return [...table.rowKinds]
    .filter(([, k]) => k === kind)
    .map(([r]) => r)
    .sort((a, b) => a - b);
}

/** The header a column shows, compacted, for messages (`县财政\n统  筹` → `县财政统筹`). */
export function columnLabel(table: DetectedTable, col: number): string {
  const column = table.columns.find((c) => c.col === col);
  const header = compactText(column?.header ?? "");
  // the same sub-header stands under every indicator of a by-place table: name the indicator too
  const indicator = table.indicators.find(
    (i) => i.target === col || i.actual === col || i.rate === col
  );
  return indicator && column?.indicator === indicator.label
    ? `${compactText(indicator.label)}·${header}`
    : header;
}

/** The item a sheet row belongs to, if any (in a table of indicators, the first of the row's items). */
export function itemAtRow(model: TableModel, row: number): Item | undefined {
  return model.items.find((i) => i.row <= row && row <= i.rowEnd);
}

/** A table's relations of one kind, as found in its figures (and left on by the user). */
export function relationsOf<K extends Relation["kind"]>(
  model: TableModel,
  kind: K
): (Relation & { kind: K })[] {
  return model.table.relations.filter((r): r is Relation & { kind: K } => r.kind === kind);
}
