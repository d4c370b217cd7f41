/**
 * What a column's cells are, counted over its item rows: figures, percents, figures with units,
 * dates and deadline phrases, organisations, places, sequence numbers, prose. Detection weighs these
 * beside the header's words, so a column still gets its role when its header names no known word.
 */

import { Cell, cellText, getCell } from "../grid/grid";
import { toHalfWidth } from "../text/normalize";
import { cellNumber } from "../grid/numbers";
import { DATE_CELL, DATE_CELL_ANCHOR } from "../vocabulary/periods";
import { OFFICE_NAME_ENDING } from "../vocabulary/offices";
import { PLACE_NAME } from "../vocabulary/places";
import { WHOLE_AREA_WORDS } from "../vocabulary/totals";
import { SheetView } from "./sheetView";

export type Trait =
  "numbers" | "percents" | "units" | "dates" | "organisations" | "places" | "sequence" | "prose";

export const TRAITS: readonly Trait[] = [
  "numbers",
  "percents",
  "units",
  "dates",
  "organisations",
  "places",
  "sequence",
  "prose",
];

export interface ColumnProfile {
  col: number;
  /** Cells of the sampled rows that hold anything. */
  filled: number;
  counts: Record<Trait, number>;
  /** Bare numbers above 1 (not shown as percents): a 0–1 column holds fractions, others percents or counts. */
  over1: number;
}

/** At most this many rows are read to profile a column: a sample tells a column's kind as well as all. */
const SAMPLE_ROWS = 200;
/** Text this long is prose: a progress report or a target's description, not a name or a label. */
const PROSE_LENGTH = 30;
/** Names, units and places are short. */
const LABEL_LENGTH = 30;

/** A percent first in a cell, a remark after it allowed: `95%`, `76%(个别乡镇偏慢)`. */
const LEADING_PERCENT = /^[约]?\s*\d+(\.\d+)?\s*%/;
/** One figure with its unit and nothing else: `20个`, `3.5公里`, `1.2万人次`. */
const FIGURE_WITH_UNIT =
  /^[约近超]?\d+(\.\d+)?\s*(万|亿)?[\u4e00-\u9fffa-zA-Z²³]{1,4}(以上|以内|左右)?$/;
const DATE_FORMAT = /[ymd]/i;
const UNIT_SEPARATORS = /[、，,;；/\s]+/;

/** The rows a profile reads: all of them, or an even sample of a long table. */
export function sampleRows(rows: readonly number[]): number[] {
  if (rows.length <= SAMPLE_ROWS) return [...rows];
  const step = rows.length / SAMPLE_ROWS;
  const sample: number[] = [];
  for (let k = 0; k < SAMPLE_ROWS; k++) sample.push(rows[Math.floor(k * step)]);
  return sample;
}

function emptyCounts(): Record<Trait, number> {
  return {
    numbers: 0,
    percents: 0,
    units: 0,
    dates: 0,
    organisations: 0,
    places: 0,
    sequence: 0,
    prose: 0,
  };
}

function isOrganisationList(text: string): boolean {
  const parts = text.split(UNIT_SEPARATORS).filter((p) => p !== "");
  return parts.length > 0 && parts.every((p) => p.length >= 2 && OFFICE_NAME_ENDING.test(p));
}

/** The integer a cell holds, for telling a sequence (1, 2, 3 …). */
function integerOf(cell: Cell | undefined, text: string): number | null {
  if (typeof cell?.value === "number") return Number.isInteger(cell.value) ? cell.value : null;
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

/** Counts each trait over the sampled rows of one column. */
export function profileColumn(
  view: SheetView,
  col: number,
  rows: readonly number[]
): ColumnProfile {
  const counts = emptyCounts();
  let filled = 0;
  let over1 = 0;
  let previous: number | null = null;
  for (const row of rows) {
    const cell = getCell(view.grid, row, col);
    if (!cell || cell.value === null || cell.error) continue;
    const raw = cellText(cell).trim();
    if (raw === "") continue;
    filled++;
    const text = toHalfWidth(raw).replace(/\s+/g, "");
    const integer = integerOf(cell, text);
    if (integer !== null && previous !== null && integer === previous + 1) counts.sequence++;
    previous = integer;
    if (typeof cell.value === "number") {
      const isDate =
        cell.format !== undefined && DATE_FORMAT.test(cell.format) && !cell.format.includes("%");
      if (isDate) counts.dates++;
      else if (cell.format?.includes("%")) counts.percents++;
      else {
        counts.numbers++;
        if (Math.abs(cell.value) > 1) over1++;
      }
      continue;
    }
    const stored = cellNumber(cell);
    if (stored) {
      counts.numbers++;
      if (Math.abs(stored.value) > 1) over1++;
      continue;
    }
    if (LEADING_PERCENT.test(text)) {
      counts.percents++;
      continue;
    }
    if (text.length >= PROSE_LENGTH) {
      counts.prose++;
      continue;
    }
    if (FIGURE_WITH_UNIT.test(text)) counts.units++;
    else if (text.length <= 20 && DATE_CELL_ANCHOR.test(text) && DATE_CELL.test(text))
      counts.dates++;
    else if (text.length <= LABEL_LENGTH && (PLACE_NAME.test(text) || WHOLE_AREA_WORDS.test(text)))
      counts.places++;
    else if (text.length <= LABEL_LENGTH * 2 && isOrganisationList(text)) counts.organisations++;
  }
  return { col, filled, counts, over1 };
}

/** The share of a profile's filled cells that show a trait. */
export function share(profile: ColumnProfile, trait: Trait): number {
  return profile.filled === 0 ? 0 : profile.counts[trait] / profile.filled;
}
