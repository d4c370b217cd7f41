/** The lines above a table's header: its title, subtitles and the money unit they state. */

import { compactText } from "../text/normalize";
import { MONEY_UNIT } from "../vocabulary/generic";
import { ColumnInfo } from "./types";
import { SheetView, nonEmptyCount, rowIsBlank } from "./sheetView";

export function titleRowsAbove(
  view: SheetView,
  headerTop: number,
  floor: number,
  left: number,
  right: number
): number[] {
  const rows: number[] = [];
  for (let r = headerTop - 1; r >= floor; r--) {
    if (rowIsBlank(view, r, left, right)) continue;
    if (nonEmptyCount(view, r, left, right) > 3) break;
    rows.unshift(r);
  }
  return rows;
}

export function moneyUnitOf(columns: ColumnInfo[], titleTexts: string[]): string | null {
  for (const text of [
    ...columns.map((c) => c.group ?? ""),
    ...columns.map((c) => c.header),
    ...titleTexts,
  ]) {
    const m = MONEY_UNIT.exec(compactText(text));
    if (m) return m[1];
  }
  return null;
}
