import { Cell, cellText, effectiveCell, getCell } from "../grid";
import { compactText } from "../text/normalize";
import { TableModel } from "../model/workbookModel";
import { Item } from "../model/items";
import {
  columnLabel,
  summedColumns,
  itemAtRow,
  relationsOf,
  rowsOfKind,
  sumTolerance,
} from "./support";
import { cellNumber } from "../grid/numbers";
import { MIN_RELATION_ROWS, Relation } from "../detect/relations";
import { Rule, RuleContext } from "./types";
import {
  Breakdown,
  baseFactor,
  baseValue,
  isMoneyColumn,
  grandTotalRows,
  moneySuffix,
  numberAt,
  fieldBreakdowns,
  rowItems,
  summand,
  textFields,
  tidy,
} from "./wholesAndParts";

/** A totals cell Excel adds up itself: its range is FORMULA_RANGE_INCOMPLETE's business. */
const RANGE_SUM_FORMULA = /^\s*(SUM|SUBTOTAL)\s*\(/i;

/**
 * SUM_MISMATCH: a stated whole is not the sum of its parts. Four wholes are checked: a project's total
 * investment against its funding sources, the totals (合计) row against the column sums over the
 * items, a category subtotal (小计) against the items of its category, and a `其中` breakdown in text.
 */
export const sumMismatchRule: Rule = {
  meta: {
    code: "SUM_MISMATCH",
    severity: "error",
    description: {
      zh: "所述合计与各分项之和不符",
      en: "A stated whole is not the sum of its parts",
    },
    messages: {
      funding: {
        zh: "资金来源合计 {sum}{unit} ≠ {label} {total}{unit}",
        en: "The funding sources add up to {sum}{unit}, not the {label} of {total}{unit}",
      },
      fundingBlank: {
        zh: "资金来源合计 {sum}{unit}，但{label}为空",
        en: "The funding sources add up to {sum}{unit}, but the {label} is blank",
      },
      relation: {
        zh: "{label} {stated}{unit} ≠ {parts}之和 {sum}{unit}（本表其余行均成立）",
        en: "{label} is {stated}{unit}, but {parts} add up to {sum}{unit} (as they do on the table's other rows)",
      },
      relationBlank: {
        zh: "{parts}之和 {sum}{unit}，但{label}为空（本表其余行均成立）",
        en: "{parts} add up to {sum}{unit}, but the {label} is blank (the table's other rows add up)",
      },
      totals: {
        zh: "合计行「{label}」{stated}{unit} ≠ 各项目之和 {sum}{unit}",
        en: "The totals row states {stated}{unit} for 「{label}」, the items add up to {sum}{unit}",
      },
      subtotal: {
        zh: "小计行「{label}」{stated}{unit} ≠ 本类 {count} 个项目之和 {sum}{unit}",
        en: "The subtotal row states {stated}{unit} for 「{label}」, its {count} items add up to {sum}{unit}",
      },
      breakdown: {
        zh: "「其中」所列各项之和 {sum}{unit} ≠ {subject} {whole}{unit}",
        en: "The parts listed after 其中 add up to {sum}{unit}, not the {subject} of {whole}{unit}",
      },
    },
  },
  check(ctx) {
    for (const model of ctx.model.tables) {
      checkFunding(ctx, model);
      checkColumnSums(ctx, model);
      checkTotals(ctx, model);
      checkSubtotals(ctx, model);
    }
    checkBreakdowns(ctx);
  },
};

function addUp(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/**
 * Each project's total investment against the sum of its funding sources. Sources that sum to the
 * year's planned investment instead fund that year's plan, and are no mismatch.
 */
function checkFunding(ctx: RuleContext, model: TableModel): void {
  const { table, grid } = model;
  const totalCol = table.roleColumns.get("investTotal");
  // sources named by words alone are checked where the figures show they make up the total, or
  // where too few rows hold figures to show it either way
  if (totalCol === undefined || table.fundingColumns.length === 0) return;
  if (!fundingRelation(model) && rowsWithFigure(model, totalCol) >= MIN_RELATION_ROWS) return;
  for (const item of model.items) {
    const field = item.fields.investTotal;
    const sourceCells = table.fundingColumns.map((col) => getCell(grid, item.row, col));
    const sources = sourceCells.map(summand);
    if (sources.some((s) => s === null)) continue;
    if (!sourceCells.some(holdsNumber)) continue;
    const sum = addUp(sources as number[]);
    if (!Number.isFinite(sum)) continue;
    if (!field) {
      if (sum !== 0 && table.rowKinds.get(item.row) === "item")
        ctx.report({
          messageId: "fundingBlank",
          values: { sum: tidy(sum), label: columnLabel(table, totalCol), unit: moneySuffix(table) },
          at: { row: item.row, col: totalCol },
          item,
          expected: tidy(sum),
        });
      continue;
    }
    if (field.source !== "own") continue;
    const totalCell = getCell(grid, field.cell.row, field.cell.col);
    const total = numberAt(grid, field.cell.row, field.cell.col);
    if (!total) continue;
    const tolerance = sumTolerance([totalCell, ...sourceCells], ctx.settings.sumTolerance);
    if (Math.abs(sum - total.value) <= tolerance) continue;
    const yearCol = table.roleColumns.get("investYear");
    const year = yearCol === undefined ? null : numberAt(grid, item.row, yearCol);
    if (year && Math.abs(sum - year.value) <= tolerance) continue;
    ctx.report({
      messageId: "funding",
      values: {
        sum: tidy(sum),
        total: total.value,
        label: columnLabel(table, totalCol),
        unit: moneySuffix(table),
      },
      at: field.cell,
      item,
      expected: total.value,
      actual: tidy(sum),
    });
  }
}

function rowsWithFigure(model: TableModel, col: number): number {
  return model.items.filter((i) => numberAt(model.grid, i.row, col) !== null).length;
}

/** The relation by which the funding sources add up to the total, when the figures show one. */
function fundingRelation(model: TableModel): Relation | undefined {
  const { table } = model;
  const totalCol = table.roleColumns.get("investTotal");
  const sources = new Set(table.fundingColumns);
  return relationsOf(model, "columnSum").find(
    (r) =>
      r.total === totalCol &&
      r.parts !== undefined &&
      r.parts.length === sources.size &&
      r.parts.every((p) => sources.has(p))
  );
}

function partNames(model: TableModel, parts: readonly number[]): string {
  const names = parts.map((col) => columnLabel(model.table, col));
  return names.length > 4 ? `${names.slice(0, 4).join("、")}等` : names.join("、");
}

/**
 * Every other column found to be the sum of others on most rows, on the rows that break it: a total
 * that misses its parts, or is left blank beside them.
 */
function checkColumnSums(ctx: RuleContext, model: TableModel): void {
  const funding = fundingRelation(model);
  for (const relation of relationsOf(model, "columnSum")) {
    if (relation === funding || relation.total === undefined || !relation.parts) continue;
    const total = relation.total;
    for (const row of relation.breaks) {
      const cells = relation.parts.map((col) => getCell(model.grid, row, col));
      const sum = tidy(addUp(cells.map((c) => cellNumber(c)?.value ?? 0)));
      const stated = numberAt(model.grid, row, total);
      const values = {
        label: columnLabel(model.table, total),
        parts: partNames(model, relation.parts),
        sum,
        unit: isMoneyColumn(model.table, total) ? moneySuffix(model.table) : "",
      };
      ctx.report({
        messageId: stated ? "relation" : "relationBlank",
        values: stated ? { ...values, stated: stated.value } : values,
        at: { row, col: total },
        item: itemAtRow(model, row),
        sheet: model.table.sheet,
        rows: [row, row],
        expected: sum,
        ...(stated ? { actual: stated.value } : {}),
      });
    }
  }
}

function holdsNumber(cell: Cell | undefined): boolean {
  return cellNumber(cell) !== null;
}

/**
 * A stated total (at `row`, `col`) against the sum of the same column over `rows`. Returns the sum
 * when they differ beyond the table's rounding, else null.
 */
function columnMismatch(
  ctx: RuleContext,
  model: TableModel,
  row: number,
  col: number,
  rows: number[]
): { stated: number; sum: number } | null {
  const { grid } = model;
  const cell = getCell(grid, row, col);
  if (!cell || RANGE_SUM_FORMULA.test(cell.formula ?? "") || (cell.format ?? "").includes("%"))
    return null;
  const stated = numberAt(grid, row, col);
  if (!stated) return null;
  const cells = rows.map((r) => getCell(grid, r, col));
  const values = cells.map(summand);
  if (values.some((v) => v === null) || !cells.some(holdsNumber)) return null;
  const sum = addUp(values as number[]);
  if (!Number.isFinite(sum)) return null;
  const tolerance = sumTolerance([cell, ...cells], ctx.settings.sumTolerance);
  return Math.abs(sum - stated.value) <= tolerance
    ? null
    : { stated: stated.value, sum: tidy(sum) };
}

/** A totals or subtotal cell that is not the sum of its column over the items it covers. */
function reportColumnMismatch(
  ctx: RuleContext,
  model: TableModel,
  at: { row: number; col: number },
  mismatch: { stated: number; sum: number },
  messageId: "totals" | "subtotal",
  extra: Record<string, number>
): void {
  const { table } = model;
  ctx.report({
    messageId,
    values: {
      label: columnLabel(table, at.col),
      stated: mismatch.stated,
      sum: mismatch.sum,
      unit: isMoneyColumn(table, at.col) ? moneySuffix(table) : "",
      ...extra,
    },
    at,
    sheet: table.sheet,
    rows: [at.row, at.row],
    expected: mismatch.sum,
    actual: mismatch.stated,
  });
}

/** The grand totals (合计) rows against the column sums over the items; subtotal rows never count. */
function checkTotals(ctx: RuleContext, model: TableModel): void {
  const rows = rowItems(model).map((i) => i.row);
  for (const row of grandTotalRows(model)) {
    for (const col of summedColumns(model.table)) {
      const mismatch = columnMismatch(ctx, model, row, col, rows);
      if (mismatch) reportColumnMismatch(ctx, model, { row, col }, mismatch, "totals", {});
    }
  }
}

/** A category as its cells name it, without numbering or the 小计 label (`一、教育惠民小计` → 教育惠民). */
function categoryKey(text: string): string {
  return compactText(text)
    .replace(/小计|合计/g, "")
    .replace(/^[一二三四五六七八九十]+[、.]|^\([一二三四五六七八九十]+\)|^\d+[、.]/, "");
}

/** The index of the first of the ascending `values` above `value`. */
function firstAbove(values: number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Each subtotal row with the items it adds up: those whose category it names, else the items
 * between it and the boundary before it (the previous subtotal, totals or heading row), or, in a
 * table whose subtotals head their sections, the items after it up to the next boundary.
 */
function subtotalSections(model: TableModel): { row: number; items: Item[] }[] {
  const { table, grid } = model;
  const subtotals = rowsOfKind(table, "subtotal");
  if (subtotals.length === 0) return [];
  const items = rowItems(model);
  const itemRowList = items.map((i) => i.row);
  const byCategory = new Map<string, Item[]>();
  for (const item of items) {
    const key = categoryKey(item.fields.category?.text ?? "");
    if (key === "") continue;
    const list = byCategory.get(key);
    if (list) list.push(item);
    else byCategory.set(key, [item]);
  }
  const boundaries = [...table.rowKinds]
    .filter(([, k]) => k === "subtotal" || k === "totals" || k === "category")
    .map(([r]) => r)
    .sort((a, b) => a - b);
  const headsSections = itemRowList.length > 0 && itemRowList[0] > subtotals[0];
  const categoryCol = table.roleColumns.get("category");
  const { merges } = model;
  return subtotals.map((row) => {
    if (categoryCol !== undefined) {
      const key = categoryKey(cellText(effectiveCell(grid, merges, row, categoryCol)));
      const named = key === "" ? undefined : byCategory.get(key);
      if (named) return { row, items: named };
    }
    const at = firstAbove(boundaries, row);
    const from = headsSections ? row : (boundaries[at - 2] ?? table.headerBottom);
    const to = headsSections ? (boundaries[at] ?? Infinity) : row;
    const first = firstAbove(itemRowList, from);
    return { row, items: items.slice(first, firstAbove(itemRowList, to - 1)) };
  });
}

/** Category subtotal (小计) rows against the items of their category. */
function checkSubtotals(ctx: RuleContext, model: TableModel): void {
  for (const { row, items } of subtotalSections(model)) {
    if (items.length === 0) continue;
    const rows = items.map((i) => i.row);
    for (const col of summedColumns(model.table)) {
      const mismatch = columnMismatch(ctx, model, row, col, rows);
      if (mismatch) {
        reportColumnMismatch(ctx, model, { row, col }, mismatch, "subtotal", {
          count: items.length,
        });
      }
    }
  }
}

/**
 * The sum of a breakdown's parts, in base units. When the plain sum misses the whole and a part is
 * followed by parts that add up exactly to it (`地上34769m²,教学楼…33854m²,综合报告厅915m²`), those
 * are its own breakdown and are left out.
 */
function partsSum(breakdown: Breakdown, wholeBase: number): number {
  const values = breakdown.parts.map(baseValue);
  const plain = addUp(values);
  if (Math.abs(plain - wholeBase) <= breakdown.slack || values.length < 3) return plain;
  const kept: number[] = [];
  let i = 0;
  while (i < values.length) {
    kept.push(values[i]);
    let run = 0;
    let j = i + 1;
    while (j < values.length && run < values[i] - breakdown.slack) run += values[j++];
    const nested = j - i > 2 && Math.abs(run - values[i]) <= breakdown.slack;
    i = nested ? j : i + 1;
  }
  return addUp(kept);
}

/** `其中` breakdowns in text whose parts do not add up to the whole. */
function checkBreakdowns(ctx: RuleContext): void {
  for (const { item, field } of textFields(ctx.model)) {
    for (const breakdown of fieldBreakdowns(ctx, field)) {
      if (breakdown.parts.length < 2) continue;
      const { whole } = breakdown;
      const wholeBase = baseValue(whole);
      const sum = partsSum(breakdown, wholeBase);
      if (Math.abs(sum - wholeBase) <= breakdown.slack) continue;
      // parts covering less than half the whole single some out (其中再就业2000人、…380人 of 1.2万人)
      if (sum < wholeBase / 2) continue;
      const actual = tidy(sum / baseFactor(whole.unit));
      ctx.report({
        messageId: "breakdown",
        values: {
          sum: actual,
          whole: whole.value,
          unit: ` ${whole.unit}`,
          subject: whole.subject || "总数",
        },
        at: field.cell,
        item,
        expected: whole.value,
        actual,
      });
    }
  }
}
