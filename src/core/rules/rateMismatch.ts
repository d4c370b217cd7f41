import { roundTo } from "../text/decimal";
import { Role } from "../detect/roles";
import { Field, Item } from "../model/items";
import { Figure, mayStatePercent } from "../text/figures";
import { unitsComparable } from "../text/units";
import {
  Quantity,
  TargetText,
  clauseStart,
  comparableUnits,
  decimalsWritten,
  forEachTextField,
  quantitiesOf,
  sentenceStart,
  targetTextOf,
  targetsOf,
} from "./quantities";
import { RateColumn, RateReading, RowFigure, rateColumns } from "./rates";
import { columnLabel, itemAtRow, relationsOf } from "./support";
import { TableModel } from "../model/workbookModel";
import { getCell } from "../grid/grid";
import { cellFigure } from "../grid/cellFigure";
import { Rule, RuleContext } from "./types";
import {
  COMPLETION_BEFORE_PERCENT,
  RESTATED_TARGET_WORDS,
  TO_DATE_WORDS,
} from "../vocabulary/rates";

/** Texts that state how much of the target is done. */
const TEXT_ROLES: readonly Role[] = ["progress", "plan", "nextPlan"];
/** Enough text before a percent for the longest completion phrase. */
const LOOKBACK = 24;
const EPSILON = 1e-9;

function isCompletionPercent(text: string, figure: Figure): boolean {
  const from = Math.max(sentenceStart(text, figure.start), figure.start - LOOKBACK);
  const before = text.slice(from, figure.start).replace(/\s+/g, "");
  return COMPLETION_BEFORE_PERCENT.some((pattern) => pattern.test(before));
}

/** The range a percent figure allows: half a unit of its last digit, widened by 以上/以内/左右. */
function percentRange(figure: Figure, approx: number): [number, number] {
  const half = 0.5 * 10 ** -decimalsWritten(figure);
  let low = figure.value - half;
  let high = (figure.valueMax ?? figure.value) + half;
  if (figure.qualifier === "approx") [low, high] = [low * (1 - approx), high * (1 + approx)];
  if (figure.qualifier === "atLeast" || figure.qualifier === "aim") high = Infinity;
  if (figure.qualifier === "atMost") low = 0;
  return [low, high];
}

/**
 * Whether a stated percent agrees with achieved ÷ target, allowing the rounding of every figure
 * written. An achieved figure not marked cumulative (累计/共/达到, or 已…/截至… in a progress report)
 * may be one period's increment, so the stated rate may be higher than it alone gives, never lower.
 */
function agrees(
  percent: Figure,
  achieved: Quantity,
  target: Quantity,
  approx: number,
  cumulative: boolean
): boolean {
  let targetLow = target.value - target.rounding;
  let targetHigh = target.value + target.rounding;
  if (target.figure.qualifier === "approx") {
    targetLow *= 1 - approx;
    targetHigh *= 1 + approx;
  }
  if (targetLow <= 0) return true;
  let low = achieved.value - achieved.rounding;
  let high = achieved.max + achieved.rounding;
  if (achieved.figure.qualifier === "approx")
    [low, high] = [low * (1 - approx), high * (1 + approx)];
  if (achieved.figure.qualifier === "atMost") low = 0;
  if (!cumulative) high = Infinity;
  const [statedLow, statedHigh] = percentRange(percent, approx);
  return (
    statedHigh >= (low / targetHigh) * 100 - EPSILON &&
    statedLow <= (high / targetLow) * 100 + EPSILON
  );
}

/**
 * Targets restated in earlier sentences of the same text (`危房改造计划811户，…追加至1232户`): of
 * each unit, the last one, which supersedes those before it.
 */
function statedTargets(text: string, quantities: readonly Quantity[], before: number): Quantity[] {
  const latest = new Map<string, Quantity>();
  for (const q of quantities) {
    if (q.figure.end > before) break;
    if (q.part) continue;
    const clause = text.slice(clauseStart(text, q.figure.start), q.figure.start);
    if (!RESTATED_TARGET_WORDS.test(clause) || clause.includes("完成")) continue;
    for (const unit of latest.keys()) if (unitsComparable(unit, q.unit)) latest.delete(unit);
    latest.set(q.unit, q);
  }
  return [...latest.values()];
}

interface Pair {
  achieved: Quantity;
  target: Quantity;
}

/** Every achieved figure with every target it counts toward, latest achieved first. */
function pairsOf(
  achieved: readonly Quantity[],
  targetText: TargetText | null,
  stated: readonly Quantity[]
): Pair[] {
  const pairs: Pair[] = [];
  for (let i = achieved.length - 1; i >= 0; i--) {
    const a = achieved[i];
    const targets = targetText ? targetsOf(a, targetText, { strict: false }) : [];
    for (const t of targets) pairs.push({ achieved: a, target: t });
    for (const t of stated) if (comparableUnits(a, t)) pairs.push({ achieved: a, target: t });
  }
  return pairs;
}

function figureText(figure: Figure): string {
  return figure.text.replace(/\s+/g, "");
}

function checkText(context: RuleContext, item: Item, field: Field): void {
  if (!mayStatePercent(field.text)) return;
  const text = field.text;
  const figures = context.figures(field);
  const quantities = quantitiesOf(text, figures);
  const targetText = targetTextOf(context, item);
  const approx = context.settings.approxTolerance;
  let previousPercentEnd = 0;
  for (const percent of figures) {
    if (percent.unit !== "%") continue;
    const sentence = sentenceStart(text, percent.start);
    const from = Math.max(sentence, previousPercentEnd);
    previousPercentEnd = percent.end;
    if (!isCompletionPercent(text, percent)) continue;
    const achieved = quantities.filter(
      (q) =>
        !q.part &&
        q.figure.start >= from &&
        q.figure.end <= percent.start &&
        q.figure.qualifier !== "atLeast" &&
        q.figure.qualifier !== "aim"
    );
    if (achieved.length === 0) continue;
    const pairs = pairsOf(achieved, targetText, statedTargets(text, quantities, sentence));
    const cumulative = (q: Quantity): boolean =>
      q.figure.cumulative === true ||
      (field === item.fields.progress &&
        TO_DATE_WORDS.test(text.slice(clauseStart(text, q.figure.start), q.figure.start)));
    if (
      pairs.length === 0 ||
      pairs.some((p) => agrees(percent, p.achieved, p.target, approx, cumulative(p.achieved)))
    )
      continue;
    const { achieved: a, target: t } = pairs[0];
    const computed = roundTo((a.value / t.value) * 100, decimalsWritten(percent) + 1);
    context.report({
      messageId: "text",
      values: {
        printed: percent.value,
        achieved: figureText(a.figure),
        target: figureText(t.figure),
        computed,
      },
      at: field.cell,
      item,
      expected: computed,
      actual: percent.value,
    });
  }
}

function readingAgrees(reading: RateReading, actual: RowFigure, target: RowFigure): boolean {
  const targetLow = target.value - target.rounding;
  if (targetLow <= 0) return true;
  const low = ((actual.value - actual.rounding) / (target.value + target.rounding)) * 100;
  const high = ((actual.value + actual.rounding) / targetLow) * 100;
  return (
    reading.percent + reading.halfUnit >= low - EPSILON &&
    reading.percent - reading.halfUnit <= high + EPSILON
  );
}

/** The item a rate on a row belongs to: in a table of indicators, the one whose rate it is. */
function rateItem(model: TableModel, row: number, rateCol: number): Item | undefined {
  return (
    model.items.find((i) => i.row <= row && row <= i.rowEnd && i.indicator?.rate === rateCol) ??
    itemAtRow(model, row)
  );
}

/** Every rate found to be one column ÷ another on most rows, on the rows where it is not. */
function checkRatios(context: RuleContext, model: TableModel): void {
  for (const relation of relationsOf(model, "ratio")) {
    const { rate, numerator, denominator } = relation;
    if (rate === undefined || numerator === undefined || denominator === undefined) continue;
    for (const row of relation.breaks) {
      const shown = cellFigure(getCell(model.grid, row, rate));
      const a = cellFigure(getCell(model.grid, row, numerator));
      const b = cellFigure(getCell(model.grid, row, denominator));
      if (!shown || !a || !b || b.value === 0) continue;
      const inPercent = shown.percent || relation.scale === 1;
      const printed = Number((inPercent ? shown.value * 100 : shown.value).toPrecision(12));
      const computed = roundTo((a.value / b.value) * 100, shown.decimals + 1);
      const item = rateItem(model, row, rate);
      context.report({
        messageId: "column",
        values: {
          rate: columnLabel(model.table, rate),
          printed,
          actualName: columnLabel(model.table, numerator),
          actual: a.value,
          targetName: columnLabel(model.table, denominator),
          target: b.value,
          computed,
        },
        at: { row, col: rate },
        item,
        sheet: model.table.sheet,
        rows: [row, row],
        expected: computed,
        actual: printed,
      });
    }
  }
}

function checkColumn(context: RuleContext, column: RateColumn): void {
  // a rate the figures show to be a ratio is checked as that ratio
  if (relationsOf(column.model, "ratio").some((r) => r.rate === column.col)) return;
  for (const item of column.model.items) {
    const readings = column.readings(column.cellOf(item));
    const figures = column.rowFigures(item);
    if (readings.length === 0 || !figures || figures.target.value <= 0) continue;
    const { actual, target } = figures;
    // A bare number the column could read either way is right if either reading is.
    if (readings.some((r) => readingAgrees(r, actual, target))) continue;
    const shown = readings[0];
    const computed = roundTo((actual.value / target.value) * 100, shown.decimals + 1);
    const printed = Number(shown.percent.toPrecision(12));
    const roles = column.model.table.roleColumns;
    context.report({
      messageId: "column",
      values: {
        rate: column.headerOf(),
        printed,
        actualName: column.headerOf(roles.get("actualValue")),
        actual: actual.value,
        targetName: column.targetLabel(item),
        target: target.value,
        computed,
      },
      at: { row: item.row, col: column.col },
      item,
      expected: computed,
      actual: printed,
    });
  }
}

export const rateMismatchRule: Rule = {
  meta: {
    code: "RATE_MISMATCH",
    severity: "error",
    description: {
      zh: "写明的完成比例与实际完成量 ÷ 目标量不符（超出四舍五入的误差）",
      en: "A stated completion rate differs from achieved ÷ target by more than rounding",
    },
    messages: {
      text: {
        zh: "写明完成 {printed}%，但 {achieved} ÷ {target} = {computed}%",
        en: "States {printed}% complete, but {achieved} ÷ {target} = {computed}%",
      },
      column: {
        zh: "{rate} {printed}% ≠ {actualName} {actual} ÷ {targetName} {target} = {computed}%",
        en: "{rate} {printed}% ≠ {actualName} {actual} ÷ {targetName} {target} = {computed}%",
      },
    },
  },
  check(context) {
    forEachTextField(context, TEXT_ROLES, (item, field) => checkText(context, item, field));
    for (const column of rateColumns(context.model)) checkColumn(context, column);
    for (const model of context.model.tables) checkRatios(context, model);
  },
};
