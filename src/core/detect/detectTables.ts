// the modules themselves, not the grid index: its re-exports are getters, paid on every cell read
import { Grid, MergeIndex } from "../grid/grid";
import { TITLE_WORDS } from "../vocabulary/generic";
import { kindOf, roleColumnsOf, settleColumns } from "./columnRoles";
import { columnsOf, headerBottomOf, headerTopAbove, isHeaderCandidate } from "./headerBand";
import { classifyDataRows, isTitleBeforeHeader } from "./rowClasses";
import { firstText, isSpanningSingleCell, makeView, rowIsBlank } from "./sheetView";
import { moneyUnitOf, titleRowsAbove } from "./titles";
import { DetectedTable, RowKind } from "./types";

/** Finds every table in a sheet: titles, header band, data rows by kind, totals, notes below. */
export function detectTables(
  grid: Grid,
  merges: MergeIndex = new MergeIndex(grid.merges)
): DetectedTable[] {
  const view = makeView(grid, merges);
  const tables: DetectedTable[] = [];
  let row = 0;
  let floor = 0;
  while (row < grid.rowCount) {
    if (!isHeaderCandidate(view, row)) {
      row++;
      continue;
    }
    const headerTop = Math.max(floor, headerTopAbove(view, row));
    const headerBottom = headerBottomOf(view, row);
    const columns = columnsOf(view, headerTop, headerBottom);
    const left = columns.length > 0 ? columns[0].col : 0;
    const right = columns.length > 0 ? columns[columns.length - 1].col : grid.colCount - 1;
    const titleRows = titleRowsAbove(view, headerTop, floor, left, right);
    const titleTexts = titleRows
      .map((r) => firstText(view, r, left, right)?.text ?? "")
      .filter((t) => t !== "");
    const title = titleTexts.find((t) => TITLE_WORDS.test(t)) ?? titleTexts[0] ?? null;
    const table: DetectedTable = {
      sheet: grid.name,
      kind: "projects",
      titleRows,
      title,
      subtitles: titleTexts.filter((t) => t !== title),
      headerTop,
      headerBottom,
      left,
      right,
      dataTop: headerBottom + 1,
      dataBottom: headerBottom,
      totalsRow: null,
      rowKinds: new Map<number, RowKind>(),
      noteRows: [],
      columns,
      roleColumns: roleColumnsOf(columns),
      fundingColumns: columns.filter((c) => c.funding).map((c) => c.col),
      outputColumns: columns.filter((c) => c.output).map((c) => c.col),
      moneyUnit: moneyUnitOf(columns, titleTexts),
      evidence: [],
      relations: [],
      indicators: [],
    };
    const end = classifyDataRows(view, table, grid.rowCount);
    const itemRows: number[] = [];
    let lastItemRow = -1;
    table.rowKinds.forEach((kind, r) => {
      if (kind === "item") itemRows.push(r);
      if (kind === "item" || kind === "continuation") lastItemRow = Math.max(lastItemRow, r);
    });
    settleColumns(view, table, itemRows);
    table.kind = kindOf(table);
    if (itemRows.length > 0) {
      table.dataTop = itemRows[0];
      table.dataBottom = lastItemRow;
    }
    let next = end;
    while (
      next < grid.rowCount &&
      !isHeaderCandidate(view, next) &&
      !(
        isSpanningSingleCell(view, next, left, right) !== null &&
        isTitleBeforeHeader(view, next, grid.rowCount)
      )
    ) {
      if (!rowIsBlank(view, next, left, right)) table.noteRows.push(next);
      next++;
    }
    if (itemRows.length > 0 || table.roleColumns.size >= 3) tables.push(table);
    floor = next;
    row = Math.max(next, headerBottom + 1);
  }
  return tables;
}
