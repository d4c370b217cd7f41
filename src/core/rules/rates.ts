/**
 * Rate columns (role `rate`, e.g. 任务完成率) as the rate rules read them. A cell may hold a fraction
 * shown as a percent (0.528 formatted `0.00%`), a percent number (52.8), or text (`52.8%`); which of
 * the first two a bare number is follows from the rest of its column.
 */

import { Cell, getCell } from "../grid";
import { Item } from "../model/items";
import { TableModel, WorkbookModel } from "../model/workbookModel";
import { columnLabel } from "./support";
import { decimalsShown } from "../grid/numbers";
import { cellFigure } from "../grid/cellFigure";
import { targetQuantities } from "../progress/completion";
import { unitsComparable } from "../text/units";

/** Figures of a row compare when either is bare or their units are comparable (`人` and `万人`). */
function unitsAgree(a: string, b: string): boolean {
  return a === "" || b === "" || unitsComparable(a, b);
}

/** A rate as the sheet shows it, in percent, with half a unit of its last shown digit. */
export interface RateReading {
  percent: number;
  halfUnit: number;
  /** Decimal places of the percent as shown. */
  decimals: number;
}

/** A figure of the row the rate is computed from (完成值, 目标值), with the rounding it shows. */
export interface RowFigure {
  value: number;
  /** The unit written with the figure (`人`), '' for a bare number. */
  unit: string;
  /** Half a unit of the last shown digit of a figure that is not whole; whole figures are counts, exact. */
  rounding: number;
}

const PERCENT_TEXT = /^\s*([-−]?)\s*(\d+(?:\.(\d+))?)\s*[%％]\s*$/;
const PERCENT_FORMAT_DECIMALS = /0\.(0+)[^;]*%/;

function hasPercentFormat(cell: Cell): boolean {
  return typeof cell.value === "number" && (cell.format ?? "").includes("%");
}

function numericValue(cell: Cell | undefined): number | null {
  if (!cell || cell.error) return null;
  return typeof cell.value === "number" && Number.isFinite(cell.value) ? cell.value : null;
}

function reading(percent: number, decimals: number): RateReading {
  return { percent, decimals, halfUnit: 0.5 * 10 ** -decimals };
}

function rowFigure(cell: Cell | undefined): RowFigure | null {
  const figure = cellFigure(cell);
  if (!figure || figure.percent) return null;
  return { value: figure.value, rounding: figure.rounding, unit: figure.unit };
}

/** The one target figure an item's words state (`新增4000张养老床位`), for a table with no target column. */
function statedTarget(item: Item): RowFigure | null {
  const field = item.fields.target ?? item.fields.name;
  if (!field) return null;
  const quantities = targetQuantities(field.text);
  if (quantities.length !== 1) return null;
  return { value: quantities[0].value, rounding: 0, unit: quantities[0].unit };
}

/** The rate column of a table and how its bare numbers read. */
export class RateColumn {
  private readonly over1: number;
  private readonly fractionEvidence: number;

  private constructor(
    readonly model: TableModel,
    readonly col: number,
    cells: Cell[]
  ) {
    // Bare numbers of one column read alike: a column of 0.95, 0.8 holds fractions, one of 95, 80 percents.
    this.over1 = cells.filter(
      (c) => !hasPercentFormat(c) && Math.abs(numericValue(c) ?? 0) > 1
    ).length;
    this.fractionEvidence = cells.filter((c) => {
      const v = numericValue(c);
      return v !== null && (hasPercentFormat(c) || (v > 0 && v < 1));
    }).length;
  }

  static of(model: TableModel): RateColumn | null {
    const col = model.table.roleColumns.get("rate");
    if (col === undefined) return null;
    const cells: Cell[] = [];
    for (const item of model.items) {
      const cell = getCell(model.grid, item.row, col);
      if (cell) cells.push(cell);
    }
    return new RateColumn(model, col, cells);
  }

  cellOf(item: Item): Cell | undefined {
    return getCell(this.model.grid, item.row, this.col);
  }

  /** The header a column is known by, for messages (the rate column's by default). */
  headerOf(col = this.col): string {
    return columnLabel(this.model.table, col);
  }

  /** The row's achieved and target figures, when the table has both columns and the row both numbers. */
  rowFigures(item: Item): { actual: RowFigure; target: RowFigure } | null {
    const roles = this.model.table.roleColumns;
    const actualCol = roles.get("actualValue");
    const targetCol = roles.get("targetValue");
    if (actualCol === undefined) return null;
    const actual = rowFigure(getCell(this.model.grid, item.row, actualCol));
    const target =
      targetCol === undefined
        ? statedTarget(item)
        : rowFigure(getCell(this.model.grid, item.row, targetCol));
    if (!actual || !target) return null;
    return unitsAgree(actual.unit, target.unit) ? { actual, target } : null;
  }

  /** What the row's target is called in a message: its column's header, or the words that state it. */
  targetLabel(item: Item): string {
    const targetCol = this.model.table.roleColumns.get("targetValue");
    if (targetCol !== undefined) return this.headerOf(targetCol);
    const field = item.fields.target ?? item.fields.name;
    return field ? `「${field.text.replace(/\s+/g, "")}」` : "";
  }

  /** How the cell reads, or null when it holds no rate. */
  read(cell: Cell | undefined): RateReading | null {
    return this.readings(cell)[0] ?? null;
  }

  /**
   * Every way the cell may read, the column's reading first: a bare number may also be meant in the
   * other scale (0.5 as 0.5% or as 50%); text and percent-formatted cells read one way only.
   */
  readings(cell: Cell | undefined): RateReading[] {
    if (!cell || cell.error) return [];
    if (typeof cell.value === "string") {
      const m = PERCENT_TEXT.exec(cell.value);
      if (!m) return [];
      const magnitude = Number(m[2]);
      return [reading(m[1] === "" ? magnitude : -magnitude, m[3]?.length ?? 0)];
    }
    const value = numericValue(cell);
    if (value === null) return [];
    if (hasPercentFormat(cell)) {
      const decimals = PERCENT_FORMAT_DECIMALS.exec(cell.format ?? "")?.[1].length ?? 0;
      return [reading(value * 100, decimals)];
    }
    const decimals = decimalsShown(value);
    const asFraction = reading(value * 100, Math.max(0, decimals - 2));
    const asPercent = reading(value, decimals);
    return this.readsAsFraction(value) ? [asFraction, asPercent] : [asPercent, asFraction];
  }

  /** A bare number reads as a fraction when the other cells of its column are fractions (two at least). */
  private readsAsFraction(value: number): boolean {
    const ownOver1 = Math.abs(value) > 1 ? 1 : 0;
    const ownEvidence = value > 0 && value < 1 ? 1 : 0;
    return this.over1 - ownOver1 === 0 && this.fractionEvidence - ownEvidence >= 2;
  }
}

/** Each table's rate column, for the tables that have one. */
export function rateColumns(model: WorkbookModel): RateColumn[] {
  return model.tables.flatMap((t) => RateColumn.of(t) ?? []);
}
