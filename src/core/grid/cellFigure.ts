/**
 * The one figure a cell states, however it is written: a number (a percent when its format shows
 * one), digits stored as text, a percent written out (`72%`), or a figure with its unit (`8950人`,
 * `11.2公里`). A side-by-side table's target, actual and rate columns are read by it.
 */

import { Cell } from "./grid";
import { cellNumber, decimalsShown } from "./numbers";
import { parseFigures } from "../text/figures";

export interface CellFigure {
  /** A percent's value is a fraction: `72%` and 0.72 shown as a percent are both 0.72. */
  value: number;
  /** The unit written with the figure (`人`, `公里`); '' for a bare number or a percent. */
  unit: string;
  percent: boolean;
  /** Half a unit of the last digit shown (0 for a whole number that is no percent). */
  rounding: number;
  /** Decimals shown, of the percent for a percent (`5.88%` → 2). */
  decimals: number;
}

const TRAILING_REMARK = /\s*[(（][^()（）]*[)）]?\s*$/;

/** Text that may hold one figure: short, and with a digit in it. */
const MAX_FIGURE_TEXT = 16;

export function cellFigure(cell: Cell | undefined): CellFigure | null {
  const number = cellNumber(cell);
  if (number) {
    const percent = number.stored === "number" && (cell?.format ?? "").includes("%");
    const decimals = percent
      ? (/0\.(0+)/.exec(cell?.format ?? "")?.[1].length ?? 0)
      : decimalsShown(number.value, cell?.format);
    const whole = Number.isInteger(number.value) && !percent && decimals === 0;
    return {
      value: number.value,
      unit: "",
      percent,
      rounding: whole ? 0 : percent ? 0.5 * 10 ** -(decimals + 2) : 0.5 * 10 ** -decimals,
      decimals,
    };
  }
  // an error value (`#DIV/0!`) states no figure
  if (typeof cell?.value !== "string" || cell.error) return null;
  // a remark in brackets after the figure is no part of it: `76%(个别乡镇偏慢)`
  const text = cell.value.replace(TRAILING_REMARK, "").trim();
  if (text.length > MAX_FIGURE_TEXT || !/\d/.test(text)) return null;
  const figures = parseFigures(text);
  if (figures.length !== 1 || figures[0].valueMax !== undefined) return null;
  const figure = figures[0];
  const rest = text.slice(0, figure.start) + text.slice(figure.end);
  if (/[\d\u4e00-\u9fff]/.test(rest.replace(/约|以上|以内|左右|不低于|不少于|达到|共/g, "")))
    return null;
  const decimals = /\.(\d+)/.exec(figure.text)?.[1].length ?? 0;
  if (figure.unit === "%") {
    return {
      value: figure.value / 100,
      unit: "",
      percent: true,
      rounding: 0.5 * 10 ** -(decimals + 2),
      decimals,
    };
  }
  const whole = decimals === 0;
  return {
    value: figure.value,
    unit: figure.unit,
    percent: false,
    rounding: whole ? 0 : 0.5 * 10 ** -decimals,
    decimals,
  };
}

/**
 * Half a unit of the last digit a figure shows, whole numbers included: what a printed rate may have
 * been rounded from (a printed 108 may be 108.03; a count of 108 is exact, but a rate is not).
 */
export function halfUnitShown(figure: CellFigure): number {
  return 0.5 * 10 ** -(figure.percent ? figure.decimals + 2 : figure.decimals);
}
