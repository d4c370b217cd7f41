/**
 * The indicators of a table that reports several side by side: under each indicator's merged
 * header a target, an actual and a rate column (目标任务 / 进度 / 完成比例), or, without such headers,
 * the target, actual and rate that a ratio found in the figures ties together.
 */

import { compactText } from "../text/normalize";
import { INDICATOR_ACTUAL_WORDS, INDICATOR_TARGET_WORDS } from "../vocabulary/generic";
import { CEILING_WORDS, PERCENT_HEADER_WORDS } from "../vocabulary/rates";
import { Relation } from "./relations";
import { ColumnInfo, Indicator } from "./types";

function underHeaders(columns: readonly ColumnInfo[]): Indicator[] {
  const byLabel = new Map<string, ColumnInfo[]>();
  for (const column of columns) {
    if (column.indicator === undefined || column.output) continue;
    const list = byLabel.get(column.indicator);
    if (list) list.push(column);
    else byLabel.set(column.indicator, [column]);
  }
  const indicators: Indicator[] = [];
  for (const [label, group] of byLabel) {
    const target = group.find((c) => INDICATOR_TARGET_WORDS.test(compactText(c.header)));
    const actual = group.find((c) => INDICATOR_ACTUAL_WORDS.test(compactText(c.header)));
    if (!target || !actual) continue;
    const rate = group.find(
      (c) =>
        c !== target &&
        c !== actual &&
        (c.roles.includes("rate") || PERCENT_HEADER_WORDS.test(compactText(c.header)))
    );
    indicators.push({
      label,
      target: target.col,
      actual: actual.col,
      rate: rate?.col ?? null,
      ceiling: CEILING_WORDS.test(compactText(label)),
    });
  }
  return indicators;
}

function fromRatio(relation: Relation, columns: readonly ColumnInfo[]): Indicator | null {
  const { rate, numerator, denominator } = relation;
  if (rate === undefined || numerator === undefined || denominator === undefined) return null;
  const at = (col: number): ColumnInfo | undefined => columns.find((c) => c.col === col);
  const shared = at(numerator)?.indicator;
  const label =
    shared !== undefined && shared === at(denominator)?.indicator
      ? shared
      : (at(numerator)?.header ?? "");
  const ceiling = CEILING_WORDS.test(compactText(label));
  return { label, target: denominator, actual: numerator, rate, ceiling };
}

/** Every indicator of a table: those its headers name, then those its ratios tie together. */
export function indicatorsOf(
  columns: readonly ColumnInfo[],
  relations: readonly Relation[]
): Indicator[] {
  const indicators = underHeaders(columns);
  const used = new Set(indicators.flatMap((i) => [i.target, i.actual, i.rate ?? -1]));
  for (const relation of relations) {
    if (relation.kind !== "ratio") continue;
    const indicator = fromRatio(relation, columns);
    if (
      !indicator ||
      [indicator.target, indicator.actual, indicator.rate ?? -1].some((c) => used.has(c))
    )
      continue;
    indicators.push(indicator);
    for (const col of [indicator.target, indicator.actual, indicator.rate ?? -1]) used.add(col);
  }
  return indicators.sort((a, b) => a.target - b.target);
}
