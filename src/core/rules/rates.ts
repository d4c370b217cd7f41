/**
 * Rate columns (role `rate`, e.g. 任务完成率) as the rate rules read them. A cell may hold a fraction
 * shown as a percent (0.528 formatted `0.00%`), a percent number (52.8), or text (`52.8%`); which of
 * the first two a bare number is follows from the rest of its column.
 */

import { Cell, getCell } from "../grid";
import { Item } from "../model/items";
import { TableModel, WorkbookModel } from "../model/workbookModel";
import { cellNumber, columnLabel, decimalsShown } from "./support";

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
  const number = cellNumber(cell);
  if (!number) return null;
  const whole = Number.isInteger(number.value);
  const rounding = whole ? 0 : 0.5 * 10 ** -decimalsShown(number.value, cell?.format);
  return { value: number.value, rounding };
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
    if (actualCol === undefined || targetCol === undefined) return null;
    const actual = rowFigure(getCell(this.model.grid, item.row, actualCol));
    const target = rowFigure(getCell(this.model.grid, item.row, targetCol));
    return actual && target ? { actual, target } : null;
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
