/**
 * Each column's role settled from its header words, its cells and the arithmetic it takes part in,
 * with the confidence and the evidence behind it.
 */

import { compactText } from "../text/normalize";
import { COMPLETION_RATE_WORDS, PERCENT_HEADER_WORDS } from "../vocabulary/rates";
import { TOTAL_HEADER_AFFIXES, TOTALS_WORDS, WHOLE_AREA_WORDS } from "../vocabulary/totals";
import { ColumnProfile, TRAITS, Trait, profileColumn, sampleRows, share } from "./columnProfile";
import {
  MIN_RELATION_ROWS,
  NumericColumn,
  Relation,
  findColumnSums,
  findRatios,
  findRowSum,
  numericColumnsOf,
} from "./relations";
import { NUMERIC_ROLES, Role } from "./roles";
import { indicatorsOf } from "./indicators";
import { ColumnEvidence, ColumnInfo, DetectedTable, Indicator, Signal, TableKind } from "./types";
import { SheetView, hasOwn, ownText } from "./sheetView";

export function roleColumnsOf(columns: ColumnInfo[]): Map<Role, number> {
  const roles = new Map<Role, number>();
  for (const column of columns) {
    if (column.output) continue;
    for (const role of column.roles) if (!roles.has(role)) roles.set(role, column.col);
  }
  return roles;
}

/** What a table is: a progress report (it states what was done), a decomposition by year, or a project list. */
export function kindOf(table: DetectedTable): TableKind {
  const roles = table.roleColumns;
  if (roles.has("progress") || roles.has("actualValue") || roles.has("status")) return "progress";
  // indicators side by side each state what was done
  if (table.indicators.length > 0) return "progress";
  if (roles.has("year") && !roles.has("investTotal")) return "targets";
  return "projects";
}

/** Roles of money columns a completion ratio may divide: they take the target and actual roles too. */
const INVEST_ROLES: ReadonlySet<Role> = new Set<Role>(["investTotal", "investYear", "investDone"]);

/** Rows needed before a column's cells may overrule its header's words. */
const MIN_ROWS_TO_SETTLE = 3;
/** A column is of a kind when this share of its filled cells is. */
const MOSTLY = 0.6;
const CLEARLY = 0.8;

/** What cells of one kind make a column with no known header word. */
const CONTENT_ROLES: readonly { trait: Trait; role: Role; least: number }[] = [
  { trait: "organisations", role: "lead", least: 0.7 },
  { trait: "places", role: "name", least: 0.7 },
  { trait: "dates", role: "deadline", least: 0.7 },
];

const CONFIDENCE = {
  headerAndCells: 0.95,
  headerAlone: 0.75,
  cellsOverHeader: 0.8,
  cellsAlone: 0.65,
  relation: 0.85,
};

interface Settling {
  column: ColumnInfo;
  profile: ColumnProfile;
  signals: Signal[];
  confidence: number;
}

function contentSignals(profile: ColumnProfile): Signal[] {
  return TRAITS.filter((t) => profile.counts[t] > 0 && share(profile, t) >= 0.5).map((trait) => ({
    kind: "content" as const,
    trait,
    count: profile.counts[trait],
    of: profile.filled,
  }));
}

function numericShare(profile: ColumnProfile): number {
  return share(profile, "numbers") + share(profile, "percents") + share(profile, "units");
}

function isRateColumn(column: ColumnInfo, profile: ColumnProfile): boolean {
  if (column.percent || column.roles.includes("rate")) return true;
  if (share(profile, "percents") >= 0.5) return true;
  const named = `${column.header} ${column.indicator ?? ""}`;
  return PERCENT_HEADER_WORDS.test(compactText(named)) && profile.counts.numbers > 0;
}

/** The role a header's word gave, changed where the cells plainly say otherwise. */
function settleByCells(table: DetectedTable, s: Settling, rows: number): void {
  const { column, profile } = s;
  if (rows < MIN_ROWS_TO_SETTLE || profile.filled === 0) return;
  const has = (role: Role): boolean =>
    table.columns.some((c) => c !== column && c.roles.includes(role));
  const swap = (from: Role, to: Role): void => {
    column.roles = column.roles.map((r) => (r === from ? to : r));
    s.confidence = CONFIDENCE.cellsOverHeader;
  };
  // `目标任务` names a task in a text table and holds the target figure in a numeric one
  if (column.roles.includes("name") && numericShare(profile) >= MOSTLY && !has("targetValue"))
    swap("name", "targetValue");
  else if (
    column.roles.includes("target") &&
    numericShare(profile) >= MOSTLY &&
    !has("targetValue")
  )
    swap("target", "targetValue");
  // `完成情况` of plain figures is what was achieved, not a report in words
  else if (
    column.roles.includes("progress") &&
    share(profile, "numbers") + share(profile, "units") >= CLEARLY &&
    !has("actualValue")
  )
    swap("progress", "actualValue");
  // `完成进度` of sentences (`完成330个,完成率101.54%`) is a progress report, not a rate column
  else if (column.roles.includes("rate") && numericShare(profile) < 1 - MOSTLY && !has("progress"))
    swap("rate", "progress");
  if (column.roles.includes("progress") && share(profile, "percents") >= MOSTLY)
    column.percent = true;
  if (column.roles.includes("rate") && share(profile, "percents") >= MOSTLY) column.percent = true;
}

/**
 * A header of two meanings yields its first role to a column that names it plainly: `目标任务` beside
 * `项目名称` is the target, `具体措施` beside a target column the measures.
 */
function settleSharedRoles(columns: ColumnInfo[]): void {
  for (const column of columns) {
    const alternative = column.otherwise;
    const first = column.roles[0];
    if (alternative === undefined || first === undefined) continue;
    const plain = columns.some(
      (other) =>
        other !== column &&
        !other.output &&
        other.otherwise === undefined &&
        other.roles.includes(first)
    );
    if (plain) column.roles = [alternative];
  }
}

/** A role for a column whose header names none, when its cells make it clear. */
function settleUnnamed(table: DetectedTable, s: Settling): void {
  const { column, profile } = s;
  if (
    column.roles.length > 0 ||
    column.funding ||
    column.output ||
    profile.filled < MIN_ROWS_TO_SETTLE
  )
    return;
  const taken = (role: Role): boolean => table.columns.some((c) => c.roles.includes(role));
  if (share(profile, "sequence") >= CLEARLY && column.col === table.left && !taken("seq")) {
    column.roles = ["seq"];
  } else {
    const fit = CONTENT_ROLES.find(
      ({ trait, least, role }) => share(profile, trait) >= least && !taken(role)
    );
    if (fit) column.roles = [fit.role];
  }
  if (column.roles.length > 0) s.confidence = CONFIDENCE.cellsAlone;
}

function addRelationSignal(
  settlings: Map<number, Settling>,
  col: number | undefined,
  relation: Relation
): void {
  if (col === undefined) return;
  const s = settlings.get(col);
  if (!s) return;
  s.signals.push({ kind: "relation", relation: relation.id });
  s.confidence = Math.max(s.confidence, CONFIDENCE.relation);
}

/** Roles the arithmetic implies for columns the words left unnamed: a total's sources, a rate's terms. */
function settleByRelations(
  table: DetectedTable,
  relations: Relation[],
  settlings: Map<number, Settling>
): void {
  const columnAt = (col: number | undefined): ColumnInfo | undefined =>
    table.columns.find((c) => c.col === col);
  const taken = (role: Role): boolean => table.columns.some((c) => c.roles.includes(role));
  for (const relation of relations) {
    if (relation.kind === "columnSum") {
      const total = columnAt(relation.total);
      const parts = (relation.parts ?? []).map(columnAt);
      if (!total || parts.some((p) => !p)) continue;
      const isFunding =
        (total.roles.length === 0 ||
          total.roles.some((r) => r === "investTotal" || r === "investYear")) &&
        parts.every((p) => p && (p.funding || p.roles.length === 0));
      if (isFunding) {
        if (total.roles.length === 0 && !taken("investTotal")) total.roles = ["investTotal"];
        for (const part of parts) if (part) part.funding = true;
      }
      addRelationSignal(settlings, relation.total, relation);
      for (const part of relation.parts ?? []) addRelationSignal(settlings, part, relation);
    } else if (relation.kind === "ratio" && table.indicators.length === 0) {
      const rate = columnAt(relation.rate);
      const numerator = columnAt(relation.numerator);
      const denominator = columnAt(relation.denominator);
      if (rate && rate.roles.length === 0 && !taken("rate")) rate.roles = ["rate"];
      const free = (c: ColumnInfo | undefined): c is ColumnInfo =>
        c !== undefined && c.roles.every((r) => INVEST_ROLES.has(r));
      if (free(numerator) && !taken("actualValue")) numerator.roles.push("actualValue");
      if (free(denominator) && !taken("targetValue")) denominator.roles.push("targetValue");
    }
    if (relation.kind === "ratio") {
      for (const col of [relation.rate, relation.numerator, relation.denominator])
        addRelationSignal(settlings, col, relation);
    }
  }
}

/** Whether a row names itself a whole: `全市`, `合计` in its first cells. */
function isNamedWhole(view: SheetView, table: DetectedTable, row: number): boolean {
  for (let c = table.left; c <= Math.min(table.right, table.left + 2); c++) {
    const text = compactText(ownText(view, row, c));
    if (WHOLE_AREA_WORDS.test(text) || TOTALS_WORDS.test(text)) return true;
  }
  return false;
}

/**
 * Settles every column's role from its header and its cells, finds the table's arithmetic, and
 * records the evidence. A row found to be the sum of the others becomes the totals row, and leaves
 * `itemRows`.
 */
export function settleColumns(view: SheetView, table: DetectedTable, itemRows: number[]): void {
  const sample = sampleRows(itemRows);
  const settlings = new Map<number, Settling>();
  for (const column of table.columns) {
    if (column.output) continue;
    const profile = profileColumn(view, column.col, sample);
    const named = column.roles.length > 0 || column.funding === true;
    const signals: Signal[] = named ? [{ kind: "header", text: column.header }] : [];
    settlings.set(column.col, {
      column,
      profile,
      signals,
      confidence: named ? CONFIDENCE.headerAlone : 0,
    });
  }
  settleSharedRoles(table.columns);
  for (const s of settlings.values()) settleByCells(table, s, itemRows.length);
  // sub-headers repeated under two indicators or more name no column of the table on their own
  const named = indicatorsOf(table.columns, []);
  if (named.length >= 2) freeIndicatorColumns(table, named);
  for (const s of settlings.values()) settleUnnamed(table, s);
  for (const s of settlings.values()) {
    if (isRateColumn(s.column, s.profile)) s.column.percent = true;
    // a column of figures with no role, or a figure's role: not a number, a year or a unit named in digits
    else if (numericShare(s.profile) >= MOSTLY && s.column.roles.every((r) => NUMERIC_ROLES.has(r)))
      s.column.numeric = true;
  }
  const numeric: NumericColumn[] = numericColumnsOf(
    [...settlings.values()].map((s) => s.profile),
    (profile) => settlings.get(profile.col)?.column.percent === true
  );
  const relations = findRelations(view, table, itemRows, numeric);
  const indicators = indicatorsOf(table.columns, relations);
  if (indicators.length >= 2) {
    table.indicators = indicators;
    freeIndicatorColumns(table, indicators);
    for (const s of settlings.values()) settleUnnamed(table, s);
  }
  settleByRelations(table, relations, settlings);
  for (const s of settlings.values()) {
    s.signals.push(...contentSignals(s.profile));
    if (s.confidence === CONFIDENCE.headerAlone && s.signals.some((g) => g.kind === "content"))
      s.confidence = CONFIDENCE.headerAndCells;
  }
  table.relations = relations;
  table.evidence = [...settlings.values()].map((s): ColumnEvidence => ({
    col: s.column.col,
    roles: [...s.column.roles],
    funding: s.column.funding === true,
    confidence: s.column.roles.length > 0 || s.column.funding ? s.confidence : 0,
    signals: s.signals,
  }));
  table.roleColumns = roleColumnsOf(table.columns);
  table.fundingColumns = table.columns.filter((c) => c.funding).map((c) => c.col);
}

/** The columns of each indicator keep no role of their own: items read them through the indicator. */
function freeIndicatorColumns(table: DetectedTable, indicators: readonly Indicator[]): void {
  const cols = new Set(indicators.flatMap((i) => [i.target, i.actual, i.rate ?? -1]));
  for (const column of table.columns) if (cols.has(column.col)) column.roles = [];
  for (const indicator of indicators) {
    const rate = table.columns.find((c) => c.col === indicator.rate);
    if (rate) rate.percent = true;
  }
}

/**
 * The table's arithmetic: a row that sums the others (which then becomes the totals row and leaves
 * `itemRows`), column sums over the items, and ratios over the items and the totals row (a totals
 * row's rate is the ratio of its totals, never a sum).
 */
function findRelations(
  view: SheetView,
  table: DetectedTable,
  itemRows: number[],
  numeric: NumericColumn[]
): Relation[] {
  const relations: Relation[] = [];
  if (table.totalsRow === null && itemRows.length >= MIN_ROWS_TO_SETTLE) {
    const first = itemRows[0];
    const last = itemRows[itemRows.length - 1];
    // a row that names no whole may still be one, if it carries no item's number and enough rows stand beside it
    const seqCol = table.columns.find((c) => c.roles.includes("seq"))?.col;
    const candidates = [first, last]
      .map((row) => ({ row, labelled: isNamedWhole(view, table, row) }))
      .filter(
        ({ row, labelled }) =>
          labelled ||
          (itemRows.length > MIN_RELATION_ROWS &&
            (seqCol === undefined || !hasOwn(view, row, seqCol)))
      );
    const rowSum = findRowSum(view, itemRows, numeric, candidates);
    if (rowSum && rowSum.totalRow !== undefined) {
      table.totalsRow = rowSum.totalRow;
      table.rowKinds.set(rowSum.totalRow, "totals");
      itemRows.splice(itemRows.indexOf(rowSum.totalRow), 1);
      relations.push(rowSum);
    }
  }
  const headerKey = (col: number): string =>
    compactText(table.columns.find((c) => c.col === col)?.header ?? "").replace(
      TOTAL_HEADER_AFFIXES,
      ""
    );
  relations.push(...findColumnSums(view, itemRows, numeric, headerKey));
  const ratioRows =
    table.totalsRow === null ? itemRows : [...itemRows, table.totalsRow].sort((a, b) => a - b);
  relations.push(...findRatios(view, ratioRows, numeric));
  return relations;
}

/** A rate column whose header says it measures completion against a plan (完成率, 占全年计划): it may pass 100%. */
export function measuresCompletion(table: DetectedTable, col: number): boolean {
  const column = table.columns.find((c) => c.col === col);
  return COMPLETION_RATE_WORDS.test(
    compactText(`${column?.header ?? ""}${column?.indicator ?? ""}`)
  );
}

/** The columns of percents that say how far the work has come (当前进度, 形象进度). */
export function percentProgressColumns(table: DetectedTable): number[] {
  return table.columns.filter((c) => c.percent && c.roles.includes("progress")).map((c) => c.col);
}
