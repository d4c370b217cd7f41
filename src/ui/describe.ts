import { Signal } from "../core/detect/types";
import { columnIndex } from "../core/grid";
import { Lang } from "../core/i18n";
import { TotalsFormulaFix } from "../core/report/fixes";
import { ROLE_LABELS } from "../core/report/labels";
import { ColumnEvidenceSummary, RelationSummary } from "../core/report/tableSummary";
import { compactText } from "../core/text/normalize";
import { KeptColumnSummary, PlannedColumnSummary } from "./host";
import { t } from "./strings";
import { contentSignalText, relationText } from "../core/report/detectionWords";

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
/** The outputs left to the sheet's own columns, in one sentence; null when there are none. */
export function describeKept(kept: readonly KeptColumnSummary[], lang: Lang): string | null {
  if (kept.length === 0) return null;
  const list = kept
    .map((k) => {
      const values = { header: k.header, sheetHeader: k.sheetHeader, letter: k.column };
      if (k.differingRows.length === 0) return t(lang, "keptColumn", values);
      const rows = k.differingRows.join(separator(lang));
      return t(lang, "keptColumnDiffering", { ...values, count: k.differingRows.length, rows });
    })
    .join(separator(lang));
  return t(lang, "keptSentence", { list });
}

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

/** Evidence is told header first, then the cells, then the arithmetic. */
const SIGNAL_ORDER: Record<Signal["kind"], number> = { header: 0, content: 1, relation: 2 };

const SUM_ID = /^sum:([A-Z]+)=([A-Z]+(?:\+[A-Z]+)+)$/;
const RATIO_ID = /^ratio:([A-Z]+)=([A-Z]+)\/([A-Z]+)$/;
const ROWS_ID = /^rows:(\d+)$/;

/**
 * The arithmetic of a relation named by its id: as found (`E = F + G + H + I`), or, for one that is
 * no longer among the relations found (switched off), read from the id itself.
 */
export function relationExpression(
  id: string,
  relations: readonly RelationSummary[],
  lang: Lang
): string {
  const found = relations.find((r) => r.id === id);
  if (found) return found.expression;
  const sum = SUM_ID.exec(id);
  if (sum) return `${sum[1]} = ${sum[2].split("+").join(" + ")}`;
  const ratio = RATIO_ID.exec(id);
  if (ratio) return `${ratio[1]} = ${ratio[2]} ÷ ${ratio[3]}`;
  const rows = ROWS_ID.exec(id);
  if (rows) return t(lang, "rowSumOf", { row: rows[1] });
  return id;
}

/** `把握 95%`. */
export function describeConfidence(confidence: number, lang: Lang): string {
  return t(lang, "confidence", { percent: Math.round(confidence * 100) });
}

/** One reason for a column's role: `表头「主责单位」`, `12 / 12 格是单位名称`, `参与 E = F + G + H + I`. */
export function describeSignal(
  signal: Signal,
  relations: readonly RelationSummary[],
  lang: Lang
): string {
  switch (signal.kind) {
    case "header":
      return t(lang, "signalHeader", { text: compactText(signal.text) });
    case "content":
      return contentSignalText(signal, lang);
    case "relation":
      return t(lang, "signalRelation", {
        expression: relationExpression(signal.relation, relations, lang),
      });
  }
}

/** A column detection gave a role (or made a funding source), in words. */
export interface ColumnDescription {
  column: string;
  /** `M「主责单位」：牵头单位`. */
  label: string;
  /** `把握 95%`. */
  confidence: string;
  /** `表头「主责单位」；12 / 12 格是单位名称`. */
  evidence: string;
}

/** Each column with a role or funding, left to right: what detection made of it, how sure, and why. */
export function describeColumns(
  evidence: Readonly<Record<string, ColumnEvidenceSummary>>,
  relations: readonly RelationSummary[],
  lang: Lang
): ColumnDescription[] {
  return Object.entries(evidence)
    .filter(([, e]) => e.roles.length > 0 || e.funding)
    .sort(([a], [b]) => columnIndex(a) - columnIndex(b))
    .map(([column, e]) => {
      const roles = [
        ...e.roles.map((role) => ROLE_LABELS[role][lang]),
        ...(e.funding ? [t(lang, "fundingRole")] : []),
      ].join(separator(lang));
      const label =
        e.header === ""
          ? t(lang, "evidenceLabelUnnamed", { column, roles })
          : t(lang, "evidenceLabel", { column, header: e.header, roles });
      const signals = [...e.signals]
        .sort((a, b) => SIGNAL_ORDER[a.kind] - SIGNAL_ORDER[b.kind])
        .map((signal) => describeSignal(signal, relations, lang));
      return {
        column,
        label,
        confidence: describeConfidence(e.confidence, lang),
        evidence: signals.join(lang === "zh" ? "；" : "; "),
      };
    });
}

/** A relation as the detect step lists it, with its switch. */
export interface RelationLine {
  id: string;
  /** Checked: not switched off by the user. */
  on: boolean;
  text: string;
}

/**
 * The relations found, each with how often it holds, then those the user switched off (no longer
 * found, as they are left out of detection): `E = F + G + H + I：已关闭，不校验`.
 */
export function describeRelations(
  relations: readonly RelationSummary[],
  off: readonly string[],
  lang: Lang
): RelationLine[] {
  return [
    ...relations
      .filter((r) => !off.includes(r.id))
      .map((r) => ({ id: r.id, on: true, text: relationText(r, lang) })),
    ...[...new Set(off)].map((id) => ({
      id,
      on: false,
      text: t(lang, "relationOff", { expression: relationExpression(id, relations, lang) }),
    })),
  ];
}
