import { Area, CellRef, Grid, cellAddress, cellText, getCell, parseCellAddress } from "../grid";
import type { CheckResult } from "../check";
import type { ItemChange } from "../compare/changeColumn";
import { Bilingual, Lang } from "../i18n";
import { measuresCompletion } from "../detect/columnRoles";
import { TableModel } from "../model/workbookModel";
import { ItemProgress } from "../progress/itemProgress";
import { ProgressStatus } from "../progress/status";
import { sameWork } from "../progress/subjects";
import { Finding } from "../rules/types";
import { compactText } from "../text/normalize";
import { OUTPUT_HEADERS } from "../vocabulary/roles";

/** The progress columns Taizhang writes beside a table, in their order; 较上期 only after a comparison. */
export type OutputKey =
  "completion" | "timeElapsed" | "status" | "currentPlan" | "nextPlan" | "notes" | "change";

export const OUTPUT_KEYS: readonly OutputKey[] = [
  "completion",
  "timeElapsed",
  "status",
  "currentPlan",
  "nextPlan",
  "notes",
  "change",
];

/** The default headers; detection recognises these as Taizhang's own columns. */
export const DEFAULT_OUTPUT_HEADERS: Record<OutputKey, string> = Object.fromEntries(
  OUTPUT_KEYS.map((key, i) => [key, OUTPUT_HEADERS[i]])
) as Record<OutputKey, string>;

const PERCENT_FORMAT = "0.0%";
/** Text columns are formatted as text, so a plan that starts with `=` or `-` never becomes a formula. */
export const TEXT_FORMAT = "@";

const COLUMN_WIDTHS: Record<OutputKey, number> = {
  completion: 10,
  timeElapsed: 10,
  status: 12,
  currentPlan: 36,
  nextPlan: 36,
  notes: 42,
  change: 30,
};

export interface PlannedColumn {
  key: OutputKey;
  col: number;
  header: string;
  numberFormat: string;
  /** Width in characters, as spreadsheets measure columns. */
  width: number;
  /** The column already holds Taizhang's output from an earlier run: it is updated in place. */
  existing: boolean;
}

/** A column the sheet already has for what Taizhang would write: Taizhang leaves it to the sheet. */
export interface KeptColumn {
  key: OutputKey;
  /** Taizhang's header for it (下期计划) and the sheet's own column (0-based) and header (4月份计划). */
  header: string;
  col: number;
  sheetHeader: string;
  /** Item rows (0-based) where the sheet's own value is not what Taizhang reads. */
  differingRows: number[];
}

export interface PlannedCell {
  row: number;
  col: number;
  /** A number (fractions for the percent columns), text, or null for a blank cell. */
  value: string | number | null;
}

export type HighlightRule =
  | { type: "textEquals"; text: ProgressStatus; fill: string; font: string }
  | { type: "dataBar"; color: string };

/** One highlighting rule set per column, over exactly the item rows. */
export interface Highlight {
  key: OutputKey;
  area: Area;
  rules: HighlightRule[];
}

export interface PlannedNote {
  row: number;
  col: number;
  text: string;
}

/** Everything a host needs to write one table's progress columns, in engine terms (0-based). */
export interface ColumnPlan {
  sheet: string;
  headerTop: number;
  headerBottom: number;
  /** A header cell and a data cell of the table whose styles the new cells copy. */
  headerStyleFrom: CellRef;
  dataStyleFrom: CellRef;
  /** The rows the plan writes: from the first to the last data row of the table. */
  firstRow: number;
  lastRow: number;
  columns: PlannedColumn[];
  /** Columns not written because the sheet has its own (its 4月份计划, its 完成率). */
  kept: KeptColumn[];
  /** Header cells and data cells, every cell of the written area (blank ones as null). */
  cells: PlannedCell[];
  /** Header cells over a two-row header, and items spanning merged rows. */
  merges: Area[];
  highlights: Highlight[];
  /** Notes on the cells findings point at. */
  notes: PlannedNote[];
}

export interface ColumnPlanOptions {
  /** Other header texts for the columns (defaults: 完成率, 序时进度, 进度状态, 本期计划, 下期计划, 校验提示, 较上期). */
  headers?: Partial<Record<OutputKey, string>>;
  /**
   * What changed since last period's ledger, per item (`lastPeriodChanges`): given, the 较上期 column is
   * planned after the others, an item's notes in its cell and nothing where nothing changed.
   */
  changes?: readonly ItemChange[];
  /** The first column to write, when the user chose where (0-based); else beside the table. */
  startCol?: number;
  lang?: Lang;
}

/** Status colours: done green, behind amber, overdue red; ahead and on track stay plain. */
const STATUS_HIGHLIGHTS: HighlightRule[] = [
  { type: "textEquals", text: "已完成", fill: "FFC6EFCE", font: "FF006100" },
  { type: "textEquals", text: "滞后", fill: "FFFFEB9C", font: "FF9C5700" },
  { type: "textEquals", text: "逾期未完成", fill: "FFFFC7CE", font: "FF9C0006" },
];
const COMPLETION_BAR = "FF63BE7B";

/** Every colour Taizhang's highlighting uses: a rule set in these colours alone is its own. */
export const HIGHLIGHT_COLOURS: ReadonlySet<string> = new Set([
  ...STATUS_HIGHLIGHTS.map((rule) => (rule.type === "dataBar" ? rule.color : rule.fill)),
  COMPLETION_BAR,
]);

function headersOf(options: ColumnPlanOptions): Record<OutputKey, string> {
  return { ...DEFAULT_OUTPUT_HEADERS, ...options.headers };
}

/**
 * The sheet's own column for an output, when it has one: a next-period plan (4月份计划) for 下期计划,
 * a completion rate (完成率, 完成比例) for 完成率. Writing a second copy beside it adds nothing.
 */
function sheetColumnFor(key: OutputKey, model: TableModel): { col: number; header: string } | null {
  const { table } = model;
  const column = table.columns.find((c) => {
    if (c.output) return false;
    if (key === "nextPlan") return c.roles.includes("nextPlan");
    if (key === "completion") return c.roles.includes("rate") && measuresCompletion(table, c.col);
    return false;
  });
  return column ? { col: column.col, header: column.header } : null;
}

/**
 * Where the columns go: onto Taizhang's own columns from an earlier run when the table has them (so
 * running again updates instead of adding), else at the column the user chose, else right of the table.
 * An output the sheet has its own column for is left to the sheet, unless an earlier run wrote it.
 */
function placeColumns(
  model: TableModel,
  options: ColumnPlanOptions
): { columns: PlannedColumn[]; kept: KeptColumn[] } {
  const headers = headersOf(options);
  const { table } = model;
  const byHeader = new Map(
    table.columns.filter((c) => c.output).map((c) => [compactText(c.header), c.col])
  );
  const start = options.startCol ?? table.right + 1;
  let next = start;
  const columns: PlannedColumn[] = [];
  const kept: KeptColumn[] = [];
  for (const key of OUTPUT_KEYS) {
    if (key === "change" && options.changes === undefined) continue;
    const existingCol =
      options.startCol === undefined ? byHeader.get(compactText(headers[key])) : undefined;
    const own = existingCol === undefined ? sheetColumnFor(key, model) : null;
    if (own) {
      kept.push({
        key,
        header: headers[key],
        col: own.col,
        sheetHeader: own.header,
        differingRows: [],
      });
      continue;
    }
    const col = existingCol ?? next;
    next = Math.max(next, col + 1);
    columns.push({
      key,
      col,
      header: headers[key],
      numberFormat: key === "completion" || key === "timeElapsed" ? PERCENT_FORMAT : TEXT_FORMAT,
      width: COLUMN_WIDTHS[key],
      existing: existingCol !== undefined,
    });
  }
  return { columns, kept };
}

/** Statuses whose basis goes into the 校验提示 column. */
const STATUSES_WITH_REASON: ReadonlySet<ProgressStatus> = new Set(["滞后", "逾期未完成"]);

function lowestNote(progress: ItemProgress, lang: Lang): string | null {
  const lowest = progress.completion.lowestOf;
  if (!lowest) return null;
  const target = `${lowest.target.subject}${lowest.target.value}${lowest.target.unit}`;
  return lang === "en"
    ? `Completion is the lowest of ${lowest.count} targets (${target})`
    : `完成率取 ${lowest.count} 项目标中最低者（${target}）`;
}

/** The text of one item's 较上期 cell: its notes in one line. */
function changeText(notes: readonly Bilingual[], lang: Lang): string {
  return notes.map((n) => n[lang]).join(lang === "en" ? "; " : "；");
}

/** An item's value in one column; `notes` and `change` are the item's lines already made. */
function valueFor(
  key: OutputKey,
  progress: ItemProgress,
  notes: string,
  change: string
): string | number | null {
  switch (key) {
    case "completion":
      return progress.completion.completion;
    case "timeElapsed":
      return progress.timeElapsed;
    case "status":
      return progress.status;
    case "currentPlan":
      return progress.currentPlan;
    case "nextPlan":
      return progress.nextPlan;
    case "notes":
      return notes === "" ? null : notes;
    case "change":
      return change === "" ? null : change;
  }
}

/** The column plans of a check: one per table with items, in the order the tables were found. */
export function columnPlansFor(
  result: Pick<CheckResult, "model" | "progress" | "findings">,
  options: ColumnPlanOptions = {}
): ColumnPlan[] {
  return result.model.tables
    .filter((t) => t.items.length > 0)
    .map((t) => buildColumnPlan(t, result.progress.items, result.findings, options));
}

/**
 * The column plan for one table: which columns, where, every cell's value, the merges, one
 * highlighting rule set per column over the item rows, and notes on the cells findings point at.
 */
export function buildColumnPlan(
  model: TableModel,
  progress: readonly ItemProgress[],
  findings: readonly Finding[],
  options: ColumnPlanOptions = {}
): ColumnPlan {
  const lang = options.lang ?? "zh";
  const { table } = model;
  const { columns, kept } = placeColumns(model, options);
  const firstRow =
    table.totalsRow !== null ? Math.min(table.totalsRow, table.dataTop) : table.dataTop;
  const lastRow =
    table.totalsRow !== null ? Math.max(table.totalsRow, table.dataBottom) : table.dataBottom;
  const tableFindings = findings.filter(
    (f) => f.sheet === table.sheet && f.row - 1 >= firstRow && f.row - 1 <= lastRow
  );
  const itemProgress = progress.filter((p) => p.item.table === table);
  const itemByIndex = new Map(itemProgress.map((p) => [p.item.index, p.item]));
  const changeByRow = new Map(
    (options.changes ?? [])
      .filter((c) => c.sheet === table.sheet)
      .map((c) => [c.row, changeText(c.notes, lang)])
  );
  const noteLines = new Map<number, string[]>();
  const addLine = (row: number, line: string): void => {
    noteLines.set(row, [...(noteLines.get(row) ?? []), line]);
  };
  for (const own of kept) {
    own.differingRows =
      own.key === "nextPlan"
        ? nextPlanDifferences(own, itemProgress, lang, addLine)
        : rowsWithFinding(tableFindings, "RATE_MISMATCH", own.col);
  }
  for (const p of itemProgress) {
    // a status that asks for action carries its reason, or it gets argued away; one read from
    // figures has it already in the finding that says so (BEHIND_SCHEDULE, DEADLINE_OVERDUE)
    if (p.basis && STATUSES_WITH_REASON.has(p.status) && p.completion.completion === null)
      addLine(p.item.row, p.basis[lang]);
    const lowest = lowestNote(p, lang);
    if (lowest) addLine(p.item.row, lowest);
  }
  for (const finding of tableFindings) {
    const item = finding.itemIndex === undefined ? undefined : itemByIndex.get(finding.itemIndex);
    addLine(item ? item.row : finding.row - 1, `${finding.cell}：${finding.message[lang]}`);
  }
  const cells: PlannedCell[] = [];
  const merges: Area[] = [];
  for (const column of columns) {
    cells.push({ row: table.headerTop, col: column.col, value: column.header });
    for (let r = table.headerTop + 1; r <= table.headerBottom; r++)
      cells.push({ row: r, col: column.col, value: null });
    if (table.headerBottom > table.headerTop) {
      merges.push({
        top: table.headerTop,
        left: column.col,
        bottom: table.headerBottom,
        right: column.col,
      });
    }
    const byRow = new Map<number, string | number | null>();
    for (const p of itemProgress) {
      const notes = (noteLines.get(p.item.row) ?? []).join("\n");
      byRow.set(p.item.row, valueFor(column.key, p, notes, changeByRow.get(p.item.row) ?? ""));
      if (p.item.rowEnd > p.item.row) {
        merges.push({
          top: p.item.row,
          left: column.col,
          bottom: p.item.rowEnd,
          right: column.col,
        });
      }
    }
    for (let r = firstRow; r <= lastRow; r++) {
      const itemValue = byRow.get(r);
      const rowNotes =
        column.key === "notes" && !byRow.has(r) ? (noteLines.get(r) ?? []).join("\n") : "";
      cells.push({
        row: r,
        col: column.col,
        value: itemValue ?? (rowNotes === "" ? null : rowNotes),
      });
    }
  }
  const itemArea = (col: number): Area => ({
    top: table.dataTop,
    left: col,
    bottom: table.dataBottom,
    right: col,
  });
  const colOf = (key: OutputKey): number => columns.find((c) => c.key === key)?.col ?? -1;
  const highlights: Highlight[] = [
    { key: "status" as const, area: itemArea(colOf("status")), rules: STATUS_HIGHLIGHTS },
    {
      key: "completion" as const,
      area: itemArea(colOf("completion")),
      rules: [{ type: "dataBar" as const, color: COMPLETION_BAR }],
    },
  ].filter((h) => h.area.left >= 0);
  const notes = noteTexts(tableFindings, lang);
  return {
    sheet: table.sheet,
    headerTop: table.headerTop,
    headerBottom: table.headerBottom,
    headerStyleFrom: { row: table.headerTop, col: table.right },
    dataStyleFrom: { row: table.dataTop, col: table.right },
    firstRow,
    lastRow,
    columns,
    kept,
    cells,
    merges,
    highlights,
    notes,
  };
}

/**
 * The items whose own next-plan cell is empty or sets other work than their plan sets for the next
 * period: each gets a line in 校验提示 quoting the plan. Their rows, 0-based.
 */
function nextPlanDifferences(
  own: KeptColumn,
  progress: readonly ItemProgress[],
  lang: Lang,
  addLine: (row: number, line: string) => void
): number[] {
  const rows: number[] = [];
  const header = compactText(own.sheetHeader);
  for (const p of progress) {
    const sheetText = p.item.fields.nextPlan?.text.trim() ?? "";
    if (p.plannedNext === null || (sheetText !== "" && sameWork(sheetText, p.plannedNext)))
      continue;
    rows.push(p.item.row);
    const plan = p.plannedNext;
    const said =
      sheetText === ""
        ? { zh: `表中「${header}」为空`, en: `the sheet's “${header}” is empty` }
        : {
            zh: `表中「${header}」与计划不同`,
            en: `the sheet's “${header}” differs from the plan`,
          };
    addLine(
      p.item.row,
      lang === "en" ? `${said.en}; the plan sets: ${plan}` : `${said.zh}，计划为：${plan}`
    );
  }
  return rows;
}

/** The item rows (0-based) a finding of `code` points at in column `col`. */
function rowsWithFinding(findings: readonly Finding[], code: string, col: number): number[] {
  return findings
    .filter((f) => f.code === code && parseCellAddress(f.cell).col === col)
    .map((f) => f.row - 1);
}

/** One note per cell a finding points at, the messages of all its findings. */
function noteTexts(findings: readonly Finding[], lang: Lang): PlannedNote[] {
  const byCell = new Map<string, PlannedNote>();
  for (const finding of findings) {
    const line = `台账助手 ${finding.code}：${finding.message[lang]}`;
    const existing = byCell.get(finding.cell);
    if (existing) existing.text += `\n${line}`;
    else byCell.set(finding.cell, { ...parseCellAddress(finding.cell), text: line });
  }
  return [...byCell.values()];
}

/**
 * Cells the plan would write over that hold content Taizhang did not write, and cells it writes that
 * a merge reaching in from the left covers (writing there would overwrite the merge's value): writing
 * would lose the user's data, so hosts refuse and let the user choose other columns. Content in the
 * same columns above or below the written rows (a unit note beside the title, a remark under the
 * table) is not in the way.
 */
export function foreignContent(plan: ColumnPlan, grid: Grid): string[] {
  const found = new Set<string>();
  for (const column of plan.columns) {
    for (const area of grid.merges) {
      if (area.left < column.col && area.right >= column.col) {
        const top = Math.max(area.top, plan.headerTop);
        if (top <= Math.min(area.bottom, plan.lastRow)) found.add(cellAddress(top, column.col));
      }
    }
    if (column.existing) continue;
    for (let r = plan.headerTop; r <= plan.lastRow; r++) {
      if (cellText(getCell(grid, r, column.col)).trim() !== "")
        found.add(cellAddress(r, column.col));
    }
  }
  return [...found].sort((a, b) => {
    const p = parseCellAddress(a);
    const q = parseCellAddress(b);
    return p.row - q.row || p.col - q.col;
  });
}
