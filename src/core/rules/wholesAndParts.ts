/**
 * What SUM_MISMATCH, PART_EXCEEDS_WHOLE and COUNT_MISMATCH share: the prose fields of a workbook, the
 * `其中` breakdowns written in them (a whole, then the parts it is made of), and reading the money
 * and totals cells of a table.
 */

import { Cell, CellSet, Grid, getCell } from "../grid";
import { Role } from "../detect/roles";
import { DetectedTable } from "../detect/types";
import { Field, Item } from "../model/items";
import { TableModel, WorkbookModel } from "../model/workbookModel";
import { Figure } from "../text/figures";
import { toHalfWidth } from "../text/normalize";
import { toBaseQuantity, unitsComparable } from "../text/units";
import { rowsOfKind } from "./support";
import { CellNumber, cellNumber } from "../grid/numbers";
import { RuleContext } from "./types";
import { NONE_MARKS } from "../vocabulary/placeholders";
import { EACH, ETC, ETC_IN_WORD, NOT_BREAKDOWN_BEFORE_其中 } from "../vocabulary/counting";

/** Roles whose cells hold prose that may state a whole and its parts, or name things and count them. */
const TEXT_ROLES: readonly Role[] = [
  "name",
  "target",
  "overview",
  "measures",
  "plan",
  "progress",
  "nextPlan",
  "problems",
  "remark",
];

export interface TextField {
  item: Item;
  field: Field;
}

/** Each model's prose fields, listed once for the three rules that read them. */
const textFieldsByModel = new WeakMap<WorkbookModel, readonly TextField[]>();

/** Every prose field of the workbook once (a cell merged over several items, or read under two roles, once). */
export function textFields(model: WorkbookModel): readonly TextField[] {
  const known = textFieldsByModel.get(model);
  if (known) return known;
  const seen = new CellSet();
  const fields: TextField[] = [];
  for (const table of model.tables) {
    for (const item of table.items) {
      for (const role of TEXT_ROLES) {
        const field = item.fields[role];
        if (!field || field.text === "" || !seen.add(item.sheet, field.cell)) continue;
        fields.push({ item, field });
      }
    }
  }
  textFieldsByModel.set(model, Object.freeze(fields));
  return fields;
}

// ---------------------------------------------------------------------------------------------------
// Numbers in cells

/** A number without float residue, for expected/actual figures (0.1 + 0.2 → 0.3). */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * A figure cell read for summing: its number, 0 when blank or marked none, null when it holds
 * something else (text, an error) and so makes any sum over it unknowable.
 */
export function summand(cell: Cell | undefined): number | null {
  if (!cell || cell.value === null) return 0;
  if (cell.error) return null;
  if (
    typeof cell.value === "string" &&
    (cell.value.trim() === "" || NONE_MARKS.test(cell.value.trim()))
  )
    return 0;
  return cellNumber(cell)?.value ?? null;
}

export function numberAt(grid: Grid, row: number, col: number): CellNumber | null {
  return cellNumber(getCell(grid, row, col));
}

/** Columns that hold money: the investment roles and the funding sources. */
export function isMoneyColumn(table: DetectedTable, col: number): boolean {
  if (table.fundingColumns.includes(col)) return true;
  const roles = table.columns.find((c) => c.col === col)?.roles ?? [];
  return roles.some((r) => r === "investTotal" || r === "investYear" || r === "investDone");
}

/** ` 万元` after a money figure when the table states its unit, else nothing. */
export function moneySuffix(table: DetectedTable): string {
  return table.moneyUnit ? ` ${table.moneyUnit}` : "";
}

/** Items that stand on rows of their own kind (not continuations), in sheet order. */
export function rowItems(model: TableModel): Item[] {
  // an indicator table has one item per indicator on a row: each row counts once
  return model.items.filter(
    (i, k) =>
      model.table.rowKinds.get(i.row) === "item" && (k === 0 || model.items[k - 1].row !== i.row)
  );
}

/**
 * The grand totals (合计) rows: those above or below every item. A 合计 row between items totals a
 * section; where there is one, the 合计 rows of the table are section totals, the last one too.
 */
export function grandTotalRows(model: TableModel): number[] {
  const rows = rowItems(model).map((i) => i.row);
  if (rows.length === 0) return [];
  const first = rows[0];
  const last = rows[rows.length - 1];
  const totals = rowsOfKind(model.table, "totals");
  return totals.some((r) => r > first && r < last) ? [] : totals;
}

// ---------------------------------------------------------------------------------------------------
// 其中 breakdowns in text

/** A whole and the parts `其中` lists for it, all in units that add up with each other. */
export interface Breakdown {
  whole: Figure;
  parts: Figure[];
  /** How far the parts may miss the whole (in the whole's base unit): rounding shown, and 约. */
  slack: number;
}

/** Ends a sentence: the whole is looked for in the sentence of 其中 or the one before it. */
const SENTENCE_END = "。;!?\n";
/** Ends a clause; a comma between digits is a thousands separator. */
function isClauseBreak(text: string, k: number): boolean {
  const ch = text[k];
  if (ch === ",") return !(/\d/.test(text[k - 1] ?? "") && /\d/.test(text[k + 1] ?? ""));
  return SENTENCE_END.includes(ch) || ch === ":";
}

/** Units that add up: not rates, shares, ages or unitless numbers. */
function isAdditiveUnit(unit: string): boolean {
  return unit !== "" && unit !== "%" && unit !== "百分点" && unit !== "岁" && !unit.includes("/");
}

/** A figure's value in its unit's base (2.2 亿元 → 220000000 元). */
export function baseValue(figure: Figure): number {
  return toBaseQuantity(figure.value, figure.unit).value;
}

/** How much one unit of the figure's own unit is in its base unit (亿元 → 1e8). */
export function baseFactor(unit: string): number {
  return toBaseQuantity(1, unit).value;
}

/**
 * Half the last place a figure shows, in its base unit: 4.73万 may stand for 47250 to 47349, so 50;
 * a plain integer (5300个, 三个) is exact.
 */
function roundingHalfStep(figure: Figure): number {
  if (figure.source !== "digits") return 0;
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(toHalfWidth(figure.text));
  if (!m) return 0;
  const decimals = m[2]?.length ?? 0;
  const shown = Number(m[1].replace(/,/g, "") + (m[2] ? `.${m[2]}` : ""));
  const power = shown > 0 ? Math.round(Math.log10(figure.value / shown)) : 0;
  if (power <= 0 && decimals === 0) return 0;
  return (baseFactor(figure.unit) * 10 ** (power - decimals)) / 2;
}

function sentenceStartBefore(text: string, p: number): number {
  let k = p;
  while (k > 0 && !SENTENCE_END.includes(text[k - 1])) k--;
  return k;
}

/**
 * Where the parts after the 其中 at `at` end: the sentence's end, or the bracket that closes around
 * a 其中 written inside brackets (`上岗4947人(其中城镇岗215人,乡村岗4732人)`).
 */
function partsEnd(text: string, at: number, sentenceStart: number): number {
  let depth = 0;
  for (let k = sentenceStart; k < at; k++) {
    if (text[k] === "(") depth++;
    else if (text[k] === ")" && depth > 0) depth--;
  }
  let inner = 0;
  for (let k = at; k < text.length; k++) {
    const ch = text[k];
    if (SENTENCE_END.includes(ch)) return k;
    if (ch === "(") inner++;
    else if (ch === ")") {
      if (inner > 0) inner--;
      else if (depth > 0) return k;
    }
  }
  return text.length;
}

/** A figure written right after another with 、 between them: one of a list, not a whole of its own. */
function isListed(text: string, figures: readonly Figure[], k: number): boolean {
  const joined = (from: number, to: number): boolean => {
    const between = text.slice(from, to);
    if (!between.includes("、")) return false;
    for (let p = from; p < to; p++) if (isClauseBreak(text, p)) return false;
    return true;
  };
  const before = figures[k - 1];
  const after = figures[k + 1];
  return (
    (before !== undefined && joined(before.end, figures[k].start)) ||
    (after !== undefined && joined(figures[k].end, after.start))
  );
}

/** The next character after `p`, past spaces. */
function nextCharAfter(text: string, p: number): string {
  let k = p;
  while (text[k] === " ") k++;
  return text[k] ?? "";
}

/** The parts of a breakdown, or null when they are not a plain list of quantities of one kind. */
function partsOf(
  text: string,
  figures: readonly Figure[],
  from: number,
  to: number
): Figure[] | null {
  const parts = figures.filter((f) => f.start >= from && f.end <= to);
  if (parts.length === 0) return null;
  const unit = parts[0].unit;
  for (const [i, part] of parts.entries()) {
    if (!isAdditiveUnit(part.unit) || !unitsComparable(unit, part.unit)) return null;
    if (part.valueMax !== undefined || part.qualifier === "atLeast" || part.qualifier === "atMost")
      return null;
    // a total restated after the parts (共计137个) makes them a breakdown of their own
    if (i > 0 && part.cumulative) return null;
    // 新建7家、改扩建23家等: the list is not exhaustive
    if (nextCharAfter(text, part.end) === ETC && !text.startsWith(ETC_IN_WORD, part.end))
      return null;
  }
  // 兰山区、蒙阴县各建成2家: each of several, not one part
  if (text.slice(from, to).includes(EACH)) return null;
  return parts;
}

/** The whole a breakdown's parts belong to, or null when none can be told. */
function wholeOf(
  text: string,
  figures: readonly Figure[],
  at: number,
  sentenceStart: number,
  unit: string
): Figure | null {
  // 其中 opening a sentence refers to the sentence before; within a sentence, to what precedes it there
  const opensSentence = /^[\s,:]*$/.test(text.slice(sentenceStart, at));
  const windowStart = opensSentence
    ? sentenceStartBefore(text, Math.max(0, sentenceStart - 1))
    : sentenceStart;
  for (let k = figures.length - 1; k >= 0; k--) {
    const figure = figures[k];
    if (figure.end > at) continue;
    if (figure.start < windowStart) return null;
    if (!isAdditiveUnit(figure.unit) || !unitsComparable(figure.unit, unit)) continue;
    if (
      figure.valueMax !== undefined ||
      figure.qualifier === "atLeast" ||
      figure.qualifier === "atMost" ||
      isListed(text, figures, k)
    )
      return null;
    return figure;
  }
  return null;
}

/**
 * The `其中` breakdowns of a text: each whole with its parts (`创设城乡公益性岗位4.73万个,其中乡村
 * 公益性岗位4.2万个,城镇公益性岗位5300个`). Breakdowns the engine cannot read for sure are left out:
 * parts of mixed units, parts for each of several (各), lists ending in 等, a whole that is itself
 * one of a list, or a whole qualified 以上/以内.
 */
function ofWhichBreakdowns(
  text: string,
  figures: readonly Figure[],
  approxTolerance: number
): Breakdown[] {
  const breakdowns: Breakdown[] = [];
  let at = text.indexOf("其中");
  while (at >= 0) {
    // 尤其中小企业 is no 其中
    if (!NOT_BREAKDOWN_BEFORE_其中.includes(text[at - 1] ?? "\u0000")) {
      const sentenceStart = sentenceStartBefore(text, at);
      const parts = partsOf(text, figures, at + 2, partsEnd(text, at, sentenceStart));
      const whole = parts && wholeOf(text, figures, at, sentenceStart, parts[0].unit);
      if (parts && whole) {
        const figuresRead = [whole, ...parts];
        let slack = figuresRead.reduce((s, f) => s + roundingHalfStep(f), 0);
        if (figuresRead.some((f) => f.qualifier === "approx"))
          slack += approxTolerance * baseValue(whole);
        breakdowns.push({ whole, parts, slack: slack + 1e-9 * Math.max(1, baseValue(whole)) });
      }
    }
    at = text.indexOf("其中", at + 2);
  }
  return breakdowns;
}

/**
 * The `其中` breakdowns of a prose field. A field that never says 其中 has none and is not read for
 * figures at all: most prose says no 其中, and reading figures is most of what a check costs.
 */
export function fieldBreakdowns(ctx: RuleContext, field: Field): Breakdown[] {
  if (!field.text.includes("其中")) return [];
  return ofWhichBreakdowns(field.text, ctx.figures(field), ctx.settings.approxTolerance);
}
