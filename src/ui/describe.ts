import { columnIndex } from "../core/grid";
import { Lang } from "../core/i18n";
import { TotalsFormulaFix } from "../core/report/fixes";
import { PlannedColumnSummary } from "./host";
import { t } from "./strings";

/** Cells named in a message before the rest are only counted. */
const MAX_CELLS_NAMED = 8;

function separator(lang: Lang): string {
  return lang === "zh" ? "、" : ", ";
}

/** Column letters as people say them: `O–T` when side by side, else `O、P、R`. */
export function letterSpan(letters: readonly string[], lang: Lang): string {
  const sorted = [...letters].sort((a, b) => columnIndex(a) - columnIndex(b));
  if (sorted.length === 0) return "";
  const first = columnIndex(sorted[0]);
  const sideBySide = sorted.every((letter, i) => columnIndex(letter) === first + i);
  if (sideBySide && sorted.length > 1) return `${sorted[0]}–${sorted[sorted.length - 1]}`;
  return sorted.join(separator(lang));
}

/** A list of cells, the first few named and the rest counted. */
export function cellList(cells: readonly string[], lang: Lang): string {
  const named = cells.slice(0, MAX_CELLS_NAMED).join(separator(lang));
  if (cells.length <= MAX_CELLS_NAMED) return named;
  return t(lang, "moreCells", {
    cells: named,
    count: cells.length,
    more: cells.length - MAX_CELLS_NAMED,
  });
}

/** One table's planned columns in words. */
export interface PlanDescription {
  sentence: string;
  /** Whether it updates columns written before, in words; null when every column is new. */
  update: string | null;
}

/**
 * The column plan in words, one sentence per table written: 将在「项目表」O–T 列写入：完成率（O）、
 * 序时进度（P）…，第 2–54 行。 and which of the columns are Taizhang's from an earlier run.
 */
export function describePlan(
  columns: readonly PlannedColumnSummary[],
  lang: Lang
): PlanDescription[] {
  const tables = new Map<string, PlannedColumnSummary[]>();
  for (const column of columns) {
    const key = `${column.sheet}\u0000${column.firstRow}`;
    tables.set(key, [...(tables.get(key) ?? []), column]);
  }
  return [...tables.values()].map((planned) => {
    const { sheet, firstRow, lastRow } = planned[0];
    const letters = planned.map((c) => c.column);
    const existing = planned.filter((c) => c.existing).map((c) => c.column);
    const list = planned
      .map((c) => t(lang, "planColumn", { header: c.header, letter: c.column }))
      .join(separator(lang));
    const rows =
      firstRow === lastRow
        ? t(lang, "row", { row: firstRow })
        : t(lang, "rows", { from: firstRow, to: lastRow });
    let update: string | null = null;
    if (existing.length === planned.length) update = t(lang, "planAllExisting");
    else if (existing.length > 0)
      update = t(lang, "planSomeExisting", { letters: letterSpan(existing, lang) });
    return {
      sentence: t(lang, "planSentence", { sheet, letters: letterSpan(letters, lang), list, rows }),
      update,
    };
  });
}

/** `F4（项目计划总投资）：手填 69911.5 → =SUM(F5:F54)（按现有明细为 69911.5）`. */
export function describeFix(fix: TotalsFormulaFix, lang: Lang): string {
  return t(lang, "fixLine", {
    cell: fix.cell,
    label: fix.label,
    typed: fix.typed,
    formula: fix.formula,
    computed: fix.computed,
  });
}
