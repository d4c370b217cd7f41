import { Area, areaAddress, cellAddress, getCell } from "../grid";
import { TableModel, WorkbookModel } from "../model/workbookModel";
import { columnLabel, numericColumns } from "../rules/support";
import { cellNumber } from "../grid/numbers";

/** A typed total that a formula over the item rows would keep right: 用公式替换手填合计. */
export interface TotalsFormulaFix {
  sheet: string;
  row: number;
  col: number;
  cell: string;
  /** The column's header, for the pane to say which total it is. */
  label: string;
  /** The number typed there now. */
  typed: number;
  /** The formula that would replace it, with its leading `=`. */
  formula: string;
  /** What the formula gives over the items as they stand. */
  computed: number;
}

/** Runs of consecutive item rows, so a SUM skips subtotal, category and blank rows between them. */
function itemRuns(model: TableModel): Area[] {
  const rows = [
    ...new Set(
      model.items.flatMap((i) => Array.from({ length: i.rowEnd - i.row + 1 }, (_, k) => i.row + k))
    ),
  ];
  rows.sort((a, b) => a - b);
  const runs: Area[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, left: 0, bottom: row, right: 0 });
  }
  return runs;
}

/**
 * For every typed number on a table's grand totals row, the `=SUM()` over its item rows that would
 * replace it. Offered to the user, applied only on request.
 */
export function totalsFormulaFixes(model: WorkbookModel): TotalsFormulaFix[] {
  const fixes: TotalsFormulaFix[] = [];
  for (const table of model.tables) {
    const row = table.table.totalsRow;
    if (row === null || table.items.length === 0) continue;
    const runs = itemRuns(table);
    for (const col of numericColumns(table.table)) {
      const cell = getCell(table.grid, row, col);
      const typed = cellNumber(cell);
      if (!cell || cell.formula || typed === null) continue;
      const ranges = runs.map((run) => areaAddress({ ...run, left: col, right: col }));
      let computed = 0;
      for (const run of runs) {
        for (let r = run.top; r <= run.bottom; r++)
          computed += cellNumber(getCell(table.grid, r, col))?.value ?? 0;
      }
      fixes.push({
        sheet: table.table.sheet,
        row,
        col,
        cell: cellAddress(row, col),
        label: columnLabel(table.table, col),
        typed: typed.value,
        formula: `=SUM(${ranges.join(",")})`,
        computed: Number(computed.toPrecision(12)),
      });
    }
  }
  return fixes;
}
