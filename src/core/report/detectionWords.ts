/**
 * What detection found, in words both front doors use: a cell trait (`单位名称`), a content signal
 * (`12 / 12 格是单位名称`) and a relation with the rows it holds and breaks on
 * (`E = F + G + H + I：48 / 50 行成立（第 7、12 行不成立）`).
 */

import { Trait } from "../detect/columnProfile";
import { Bilingual, Lang, fillTemplate } from "../i18n";
import { TRAIT_LABELS } from "./labels";
import { RelationSummary } from "./tableSummary";

const WORDS = {
  contentSignal: { zh: "{count} / {of} 格是{trait}", en: "{count} of {of} cells are {trait}" },
  relationRows: {
    zh: "{expression}：{holds} / {of} 行成立",
    en: "{expression}: holds on {holds} of {of} rows",
  },
  relationColumns: {
    zh: "{expression}：{holds} / {of} 列成立",
    en: "{expression}: holds in {holds} of {of} columns",
  },
  relationBreaks: { zh: "{line}（{breaks}）", en: "{line} ({breaks})" },
  breaksRow: { zh: "第 {list} 行不成立", en: "not on row {list}" },
  breaksRows: { zh: "第 {list} 行不成立", en: "not on rows {list}" },
  breaksMoreRows: { zh: "第 {list} 等 {count} 行不成立", en: "not on rows {list} and {more} more" },
  breaksColumn: { zh: "{list} 列不成立", en: "not in column {list}" },
  breaksColumns: { zh: "{list} 列不成立", en: "not in columns {list}" },
  breaksMoreColumns: {
    zh: "{list} 等 {count} 列不成立",
    en: "not in columns {list} and {more} more",
  },
} satisfies Record<string, Bilingual>;

/** Rows (or columns) a relation breaks on, named before the rest are only counted. */
const MAX_BREAKS_NAMED = 8;

function say(lang: Lang, key: keyof typeof WORDS, values: Record<string, string | number>): string {
  return fillTemplate(WORDS[key][lang], values);
}

/** `12 / 12 格是单位名称`. */
export function contentSignalText(
  signal: { trait: Trait; count: number; of: number },
  lang: Lang
): string {
  return say(lang, "contentSignal", {
    count: signal.count,
    of: signal.of,
    trait: TRAIT_LABELS[signal.trait][lang],
  });
}

/** The rows (or, for a totals row, the columns) a relation breaks on, the first few named. */
function breaksText(relation: RelationSummary, lang: Lang): string {
  const count = relation.breaks.length;
  const list = relation.breaks.slice(0, MAX_BREAKS_NAMED).join(lang === "en" ? ", " : "、");
  const byColumn = relation.kind === "rowSum";
  if (count > MAX_BREAKS_NAMED)
    return say(lang, byColumn ? "breaksMoreColumns" : "breaksMoreRows", {
      list,
      count,
      more: count - MAX_BREAKS_NAMED,
    });
  if (byColumn) return say(lang, count === 1 ? "breaksColumn" : "breaksColumns", { list });
  return say(lang, count === 1 ? "breaksRow" : "breaksRows", { list });
}

/** `E = F + G + H + I：48 / 50 行成立（第 7、12 行不成立）`; a totals row counts columns. */
export function relationText(relation: RelationSummary, lang: Lang): string {
  const line = say(lang, relation.kind === "rowSum" ? "relationColumns" : "relationRows", {
    expression: relation.expression,
    holds: relation.holds.length,
    of: relation.holds.length + relation.breaks.length,
  });
  if (relation.breaks.length === 0) return line;
  return say(lang, "relationBreaks", { line, breaks: breaksText(relation, lang) });
}
