import type { CheckResult } from "../check";
import { Role } from "../detect/roles";
import { CellRef, Grid, MergeIndex, cellAddress, cellText, getCell } from "../grid";
import { Bilingual, Lang, fillTemplate } from "../i18n";
import { TableModel, WorkbookModel } from "../model/workbookModel";
import { ItemProgress } from "../progress/itemProgress";
import { compactText } from "../text/normalize";
import {
  PeriodShift,
  ReportPeriod,
  movePeriodWords,
  periodAfter,
  periodOfDate,
  reportedPeriod,
} from "./period";

/** A cell the copy changes (0-based): its new text, or null to empty it (its format kept). */
export interface NextCellEdit {
  row: number;
  col: number;
  text: string | null;
}

/** A note on a cell of the copy (0-based). */
export interface NextNote {
  row: number;
  col: number;
  text: string;
}

/** A column Taizhang wrote in an earlier `fill`: its cells removed from the header to the table's last row. */
export interface RemovedColumn {
  col: number;
  header: string;
  top: number;
  bottom: number;
}

/** What the copy changes in one sheet. */
export interface NextSheetPlan {
  sheet: string;
  cells: NextCellEdit[];
  /** The text each emptied cell held, for whoever fills it in next. */
  notes: NextNote[];
  removed: RemovedColumn[];
}

/** A title or header cell whose period words moved on. */
export interface MovedText {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

/** Everything a copy for the next period changes, sheet by sheet, and what it came to. */
export interface NextPlan {
  /** The period the ledger reports on, as its title and headers name it; null when none does. */
  from: ReportPeriod | null;
  to: ReportPeriod;
  sheets: NextSheetPlan[];
  moved: MovedText[];
  /** Progress cells emptied for the departments. */
  emptied: number;
  /** Next-period plans carried into the current-plan column. */
  carried: number;
  /** Tables with items but no progress column (project lists, decomposition tables). */
  withoutProgress: number;
}

export interface NextOptions {
  /** The period the copy is for; by default the one after the period reported on. */
  period?: ReportPeriod;
  lang?: Lang;
}

/** Headers that may name the period: `3月份推进情况`, `4月份计划`, `1-3月完成数`. */
const PERIOD_HEADER_ROLES: readonly Role[] = [
  "progress",
  "plan",
  "nextPlan",
  "status",
  "actualValue",
  "rate",
];

/** What the departments write anew each period: the progress text and the status word they give it. */
const REPORTED_ROLES: readonly Role[] = ["progress", "status"];

const PROGRESS_LABEL: Bilingual = { zh: "推进情况", en: "progress" };
const NOTE: Bilingual = { zh: "上期{label}：{text}", en: "Last period's {label}: {text}" };

/**
 * Whether a note is one a copy for the next period put on an emptied cell (`上期推进情况：…`): the
 * copy made from that copy replaces it with the text the cell holds by then.
 */
export function isLastPeriodNote(text: string): boolean {
  return Object.values(NOTE).some((template) => {
    const [opening, rest] = template.split("{label}");
    const separator = rest.split("{text}")[0];
    return text.startsWith(opening) && text.indexOf(separator, opening.length) > opening.length;
  });
}

/** The year the ledger's plan is for: its period words are read in it. */
export function planYearOf(model: WorkbookModel): number {
  return model.planYear ?? Number(model.asOf.slice(0, 4));
}

/** Edits of one sheet, each cell once: a later edit of the same cell wins. */
class SheetEdits {
  readonly cells = new Map<string, NextCellEdit>();
  readonly notes = new Map<string, NextNote>();
  readonly removed: RemovedColumn[] = [];
  constructor(
    readonly grid: Grid,
    readonly merges: MergeIndex
  ) {}

  /** The cell holding what shows at (row, col): a merge's top-left, or the cell itself. */
  anchor(row: number, col: number): CellRef {
    const area = this.merges.areaAt(row, col);
    return area ? { row: area.top, col: area.left } : { row, col };
  }

  text(at: CellRef): string {
    return cellText(getCell(this.grid, at.row, at.col));
  }

  set(at: CellRef, text: string | null): void {
    this.cells.set(cellAddress(at.row, at.col), { ...at, text });
  }

  note(at: CellRef, text: string): void {
    this.notes.set(cellAddress(at.row, at.col), { ...at, text });
  }

  plan(): NextSheetPlan {
    return {
      sheet: this.grid.name,
      cells: [...this.cells.values()],
      notes: [...this.notes.values()],
      removed: this.removed,
    };
  }
}

/**
 * The columns the departments fill anew each period: progress, status, and a next-period plan with no
 * current-plan column beside it (one beside it is carried over rather than emptied).
 */
function reportedColumns({ table }: TableModel): { role: Role; col: number }[] {
  const columns = REPORTED_ROLES.flatMap((role) => {
    const col = table.roleColumns.get(role);
    return col === undefined ? [] : [{ role, col }];
  });
  const nextCol = table.roleColumns.get("nextPlan");
  if (nextCol !== undefined && !table.roleColumns.has("plan"))
    columns.push({ role: "nextPlan", col: nextCol });
  return columns;
}

/**
 * The cells the departments fill on every item's rows, by sheet, whatever they hold now (a merged
 * cell by its top-left): where a copy for the next period puts its notes, so where an earlier
 * copy's notes lie in a ledger made from one.
 */
export function reportedCells(model: WorkbookModel): Map<string, CellRef[]> {
  const bySheet = new Map<string, Map<string, CellRef>>();
  for (const t of model.tables) {
    const sheet = new SheetEdits(t.grid, new MergeIndex(t.grid.merges));
    const cells = bySheet.get(t.grid.name) ?? new Map<string, CellRef>();
    bySheet.set(t.grid.name, cells);
    for (const { col } of reportedColumns(t))
      for (const item of t.items)
        for (let row = item.row; row <= item.rowEnd; row++) {
          const at = sheet.anchor(row, col);
          cells.set(cellAddress(at.row, at.col), at);
        }
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}

/** The title rows' texts and the headers that may name the period, each with its cell. */
function periodCells(model: TableModel, edits: SheetEdits): CellRef[] {
  const { table } = model;
  const cells: CellRef[] = [];
  for (const row of table.titleRows)
    for (let col = 0; col < edits.grid.colCount; col++) cells.push({ row, col });
  for (const column of table.columns) {
    if (column.output || !column.roles.some((r) => PERIOD_HEADER_ROLES.includes(r))) continue;
    for (let row = table.headerTop; row <= table.headerBottom; row++)
      cells.push(edits.anchor(row, column.col));
  }
  return cells;
}

/** Moves the period words of a table's title and period headers on. */
function movePeriodCells(
  model: TableModel,
  edits: SheetEdits,
  shift: PeriodShift,
  planYear: number
): MovedText[] {
  const moved: MovedText[] = [];
  for (const at of periodCells(model, edits)) {
    const address = cellAddress(at.row, at.col);
    const before = edits.text(at);
    const after = movePeriodWords(before, shift, planYear);
    if (after === before || edits.cells.has(address)) continue;
    edits.set(at, after);
    moved.push({ sheet: model.table.sheet, cell: address, before, after });
  }
  return moved;
}

/** The cells of an item in a column, each once: a cell merged over several rows by its top-left. */
function itemCells(
  progress: ItemProgress,
  col: number,
  edits: SheetEdits
): { at: CellRef; text: string }[] {
  const cells = new Map<string, { at: CellRef; text: string }>();
  for (let row = progress.item.row; row <= progress.item.rowEnd; row++) {
    const at = edits.anchor(row, col);
    const cell = getCell(edits.grid, at.row, at.col);
    // a progress worked out by a formula is no department's text
    if (cell?.formula !== undefined) continue;
    const text = cellText(cell).trim();
    if (text !== "") cells.set(cellAddress(at.row, at.col), { at, text });
  }
  return [...cells.values()];
}

/**
 * Empties the cells the departments fill (progress, status, a next-period plan with no current-plan
 * column beside it), keeping each one's text in a note; carries the next-period plan into the
 * current-plan column where the sheet has both. Items the check reads as done keep theirs.
 */
function clearReported(
  model: TableModel,
  progress: readonly ItemProgress[],
  edits: SheetEdits,
  lang: Lang
): { emptied: number; carried: number } {
  const { table } = model;
  const planCol = table.roleColumns.get("plan");
  const nextCol = table.roleColumns.get("nextPlan");
  const carries = planCol !== undefined && nextCol !== undefined;
  const columns = reportedColumns(model);
  const headerOf = (col: number): string =>
    compactText(table.columns.find((c) => c.col === col)?.header ?? "");
  let emptied = 0;
  let carried = 0;
  const unfinished = progress.filter((p) => p.item.table === table && p.status !== "已完成");
  for (const p of unfinished) {
    for (const { role, col } of columns) {
      const label = role === "progress" ? PROGRESS_LABEL[lang] : headerOf(col);
      for (const { at, text } of itemCells(p, col, edits)) {
        if (edits.cells.has(cellAddress(at.row, at.col))) continue;
        edits.set(at, null);
        edits.note(at, fillTemplate(NOTE[lang], { label, text }));
        if (role === "progress") emptied++;
      }
    }
    if (!carries) continue;
    const next = itemCells(p, nextCol, edits);
    if (next.length === 0) continue;
    const plan = p.item.fields.plan;
    // a plan merged over several items is theirs together: one item's next plan does not replace it
    if (plan && plan.source !== "own") continue;
    edits.set(plan?.cell ?? { row: p.item.row, col: planCol }, next.map((n) => n.text).join("\n"));
    for (const { at } of next) edits.set(at, null);
    carried++;
  }
  return { emptied, carried };
}

/**
 * The plan of a copy of the ledger for the next period: the title's and the period headers' words
 * moved on, the cells the departments fill emptied (their text kept in a note), the next-period plan
 * carried into the current-plan column where the sheet has both, and Taizhang's own columns of an
 * earlier `fill` removed. Everything else stays as it is.
 */
export function planNextPeriod(
  result: Pick<CheckResult, "model" | "progress">,
  options: NextOptions = {}
): NextPlan {
  const { model, progress } = result;
  const lang = options.lang ?? "zh";
  const planYear = planYearOf(model);
  const edits = new Map<string, SheetEdits>();
  const editsOf = (grid: Grid): SheetEdits => {
    let sheet = edits.get(grid.name);
    if (!sheet) {
      sheet = new SheetEdits(grid, new MergeIndex(grid.merges));
      edits.set(grid.name, sheet);
    }
    return sheet;
  };
  const tables = model.tables.filter((t) => t.items.length > 0);
  const texts = tables.flatMap((t) => {
    const sheet = editsOf(t.grid);
    return periodCells(t, sheet).map((at) => sheet.text(at));
  });
  const from = reportedPeriod(texts, model.asOf, planYear);
  const to = options.period ?? periodAfter(from ?? periodOfDate(model.asOf, "month"));
  const shift: PeriodShift | null = from ? { from, to } : null;
  const moved: MovedText[] = [];
  let emptied = 0;
  let carried = 0;
  let withoutProgress = 0;
  for (const t of tables) {
    const sheet = editsOf(t.grid);
    if (shift) moved.push(...movePeriodCells(t, sheet, shift, t.planYear ?? planYear));
    if (!t.table.roleColumns.has("progress")) withoutProgress++;
    const cleared = clearReported(t, progress.items, sheet, lang);
    emptied += cleared.emptied;
    carried += cleared.carried;
    const bottom = Math.max(t.table.dataBottom, t.table.totalsRow ?? 0);
    for (const column of t.table.columns.filter((c) => c.output))
      sheet.removed.push({
        col: column.col,
        header: column.header,
        top: t.table.headerTop,
        bottom,
      });
  }
  return {
    from,
    to,
    sheets: [...edits.values()].map((s) => s.plan()),
    moved,
    emptied,
    carried,
    withoutProgress,
  };
}
