import { Role } from "../detect/roles";
import { Field, Item } from "../model/items";
import { Figure, mayStatePercent } from "../text/figures";
import { clauseStart, forEachTextField } from "./quantities";
import { RateColumn, rateColumns } from "./rates";
import { Rule, RuleContext } from "./types";
import {
  FREE_RATE_WORDS,
  RATE_CHANGE_VERBS,
  SHARE_WORDS,
  UNCAPPED_RATE_WORDS,
} from "../vocabulary/rates";
import { measuresCompletion, percentProgressColumns } from "../detect/columnRoles";
import { columnLabel } from "./support";
import { getCell } from "../grid/grid";
import { cellFigure } from "../grid/cellFigure";
import { TableModel } from "../model/workbookModel";

/** Text fields whose rates are checked; the lead column of a decomposition table is its target. */
const TEXT_ROLES: readonly Role[] = [
  "target",
  "overview",
  "measures",
  "plan",
  "nextPlan",
  "progress",
  "status",
];

/** Between a rate word and its figure only a verb may stand (`稳定在`, `达到`, `不低于`). */
const MAX_GAP = 8;
/** How much of the words before a rate word name it in a message. */
const MAX_NAME = 12;

interface RateWord {
  name: string;
  /** The rate may pass 100%. */
  uncapped: boolean;
}

/** The last 率 of `text` that ends a rate word (率先, 率领 do not). */
function lastRateCharacter(text: string): number {
  let at = text.lastIndexOf("率");
  while (at >= 0 && "先领".includes(text[at + 1] ?? "\u0000"))
    at = at === 0 ? -1 : text.lastIndexOf("率", at - 1);
  return at;
}

/** The capped rate a percent figure states: the rate word right before it in its clause, or null. */
function rateBefore(text: string, figureStart: number): RateWord | null {
  const from = clauseStart(text, figureStart);
  const window = text.slice(from, figureStart);
  let end = lastRateCharacter(window) + 1;
  for (const word of SHARE_WORDS) {
    const at = window.lastIndexOf(word);
    if (at >= 0) end = Math.max(end, at + word.length);
  }
  if (end <= 0) return null;
  const gap = window.slice(end).trim();
  if (gap.length > MAX_GAP || /\d/.test(gap) || RATE_CHANGE_VERBS.test(gap)) return null;
  const named = window.slice(0, end);
  if (FREE_RATE_WORDS.some((w) => named.endsWith(w))) return null;
  return {
    name: named.slice(Math.max(0, named.length - MAX_NAME)).trim(),
    uncapped: UNCAPPED_RATE_WORDS.some((w) => named.endsWith(w)),
  };
}

/** Where a minus sign before the figure starts (`-5%`, `负5%`), or -1; a dash after a digit is a range. */
function minusBefore(text: string, figure: Figure): number {
  let k = figure.start - 1;
  while (k >= 0 && text[k] === " ") k--;
  if (k < 0 || !"-−负".includes(text[k])) return -1;
  return /[\d一二三四五六七八九十百千万零〇两]/.test(text[k - 1] ?? "") ? -1 : k;
}

function checkText(context: RuleContext, item: Item, field: Field): void {
  if (!mayStatePercent(field.text)) return;
  const text = field.text;
  for (const figure of context.figures(field)) {
    if (figure.unit !== "%") continue;
    const minus = minusBefore(text, figure);
    const highest = figure.valueMax ?? figure.value;
    if (minus < 0 && highest <= 100) continue;
    const rate = rateBefore(text, minus < 0 ? figure.start : minus);
    if (!rate) continue;
    if (minus >= 0) {
      context.report({
        messageId: "negative",
        values: { rate: rate.name, value: -figure.value },
        at: field.cell,
        item,
        expected: 0,
        actual: -figure.value,
      });
    } else if (!rate.uncapped) {
      context.report({
        messageId: "above",
        values: { rate: rate.name, value: highest },
        at: field.cell,
        item,
        expected: 100,
        actual: highest,
      });
    }
  }
}

/** Whether the row's own figures put completion above 100%, so a rate above it is no slip. */
function overFulfilled(column: RateColumn, item: Item): boolean {
  const figures = column.rowFigures(item);
  return (
    figures !== null && figures.target.value > 0 && figures.actual.value > figures.target.value
  );
}

/**
 * Whether a rate above 100% on this row may be honest: the row's own figures show the target
 * overshot, or, with no figures to go by, the column measures completion (超额完成).
 */
function mayPass100(column: RateColumn, item: Item): boolean {
  if (column.rowFigures(item) === null) return measuresCompletion(column.model.table, column.col);
  return overFulfilled(column, item);
}

function checkColumn(context: RuleContext, column: RateColumn): void {
  for (const item of column.model.items) {
    const reading = column.read(column.cellOf(item));
    if (!reading) continue;
    const at = { row: item.row, col: column.col };
    const percent = Number(reading.percent.toPrecision(12));
    if (percent < 0) {
      context.report({
        messageId: "negative",
        values: { rate: column.headerOf(), value: percent },
        at,
        item,
        expected: 0,
        actual: percent,
      });
    } else if (percent > 100 + reading.halfUnit && !mayPass100(column, item)) {
      context.report({
        messageId: "above",
        values: { rate: column.headerOf(), value: percent },
        at,
        item,
        expected: 100,
        actual: percent,
      });
    }
  }
}

/**
 * A progress column of percents (当前进度, 形象进度: how far the work itself has come) cannot pass
 * 100% nor fall below 0.
 */
function checkProgressPercents(context: RuleContext, model: TableModel): void {
  for (const col of percentProgressColumns(model.table))
    if (!measuresCompletion(model.table, col)) checkProgressPercent(context, model, col);
}

function checkProgressPercent(context: RuleContext, model: TableModel, col: number): void {
  for (const item of model.items) {
    const figure = cellFigure(getCell(model.grid, item.row, col));
    if (!figure?.percent) continue;
    const percent = Number((figure.value * 100).toPrecision(12));
    if (percent >= 0 && figure.value <= 1 + figure.rounding) continue;
    context.report({
      messageId: percent < 0 ? "negative" : "above",
      values: { rate: columnLabel(model.table, col), value: percent },
      at: { row: item.row, col },
      item,
      expected: percent < 0 ? 0 : 100,
      actual: percent,
    });
  }
}

export const rateOutOfRangeRule: Rule = {
  meta: {
    code: "RATE_OUT_OF_RANGE",
    severity: "error",
    description: {
      zh: "比率超出可能范围：覆盖率、合格率等超过 100%，或比率为负",
      en: "A rate out of its possible range: a coverage or pass rate above 100%, or a negative rate",
    },
    messages: {
      above: {
        zh: "{rate} {value}% 超过 100%",
        en: "{rate} {value}% is above 100%",
      },
      negative: {
        zh: "{rate} {value}% 为负数，比率不能小于 0",
        en: "{rate} {value}% is negative; a rate cannot be below 0",
      },
    },
  },
  check(context) {
    forEachTextField(context, TEXT_ROLES, (item, field) => checkText(context, item, field));
    for (const column of rateColumns(context.model)) checkColumn(context, column);
    for (const model of context.model.tables) checkProgressPercents(context, model);
  },
};
