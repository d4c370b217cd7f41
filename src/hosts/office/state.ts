import { ColumnPlan } from "../../core/report/columnPlan";

/** What a rectangle of cells held before Taizhang wrote over it, so undo can put it back exactly. */
export interface PriorArea {
  /** A1 area, e.g. `O2:T54`. */
  area: string;
  /** Per cell: the formula when it had one, else the value ('' for empty). */
  contents: (string | number | boolean)[][];
  numberFormats: string[][];
  /** The distinct formats set on the cells (getCellProperties), and which one each cell has. */
  formats: Excel.CellPropertiesFormat[];
  formatIndex: number[][];
}

/** What a cell held before a fix replaced it. */
export interface PriorCell {
  address: string;
  /** The formula when it had one, else the value ('' for empty). */
  content: string | number | boolean;
  numberFormat: string;
}

/** A column plan without its cells: the values column by column, header row to last row. */
export interface CompactPlan extends Omit<ColumnPlan, "cells"> {
  /** values[i][r]: column `columns[i]`, row `headerTop + r`. */
  values: (string | number | null)[][];
}

export function compactPlan(plan: ColumnPlan): CompactPlan {
  const { cells, ...rest } = plan;
  const height = plan.lastRow - plan.headerTop + 1;
  const index = new Map(plan.columns.map((c, i) => [c.col, i]));
  const values = plan.columns.map(() => new Array<string | number | null>(height).fill(null));
  for (const cell of cells) {
    const i = index.get(cell.col);
    if (i !== undefined && cell.row >= plan.headerTop && cell.row <= plan.lastRow)
      values[i][cell.row - plan.headerTop] = cell.value;
  }
  return { ...rest, values };
}

export function expandPlan(compact: CompactPlan): ColumnPlan {
  const { values, ...rest } = compact;
  const cells = compact.columns.flatMap((column, i) =>
    values[i].map((value, r) => ({ row: compact.headerTop + r, col: column.col, value }))
  );
  return { ...rest, cells };
}

/** One write into one sheet, with everything needed to take it back. */
export interface WriteRecord {
  sheet: string;
  /** The rectangle written (header to last data row, first to last planned column). */
  area: string;
  /** The plan written: undoing a later write into the same columns writes it again. */
  plan: CompactPlan;
  /** The earlier Taizhang write this one replaced (its action and record), which undo writes again. */
  previous: { action: string; index: number } | null;
  /** What the cells of the written area held that no earlier Taizhang write there accounts for. */
  prior: PriorArea[];
  /** Widths of the written columns before, in points; `standard` when the column had the sheet's standard width. */
  priorWidths: { width: number; standard: boolean }[];
  /** Cells Taizhang put a note (or comment) on. */
  notedCells: string[];
  /** Whether the notes went in as notes (ExcelApi 1.18), as threaded comments (1.10), or not at all. */
  noteKind: "note" | "comment" | "none";
}

/** Cells Taizhang changed on request (a typed total replaced by a formula), with what they held. */
export interface FixRecord {
  sheet: string;
  priorCells: PriorCell[];
}

/** A worksheet Taizhang added to the workbook: the copy of `source` for the next period. */
export interface AddedSheetRecord {
  sheet: string;
  source: string;
}

/** One thing the user did through Taizhang: writing the columns, applying fixes, or adding next period's sheet. */
export type StateAction =
  | { kind: "write"; at: string; records: WriteRecord[] }
  | { kind: "fix"; at: string; fixes: FixRecord[] }
  | ({ kind: "next"; at: string } & AddedSheetRecord);

/** What the head of the state says of one write record: enough to plan the next write without reading the action. */
export interface WriteSummary {
  sheet: string;
  area: string;
  notedCells: string[];
  noteKind: "note" | "comment" | "none";
}

export interface ActionSummary {
  id: string;
  kind: StateAction["kind"];
  at: string;
  /** How many settings the action's JSON takes. */
  chunks: number;
  /** Among the last MAX_UNDO_ACTIONS actions; an older action is kept only while a later one needs its plan. */
  undoable: boolean;
  writes: WriteSummary[];
  /** Actions whose plans undoing this one writes again (the earlier writes into the same columns). */
  refs: string[];
}

/**
 * Taizhang's undo state lives in the workbook's settings: a small head (this) under one key, and
 * each action's JSON in chunks under keys of its own, so a write adds its action without rewriting
 * the others and a check reads only the head.
 */
export interface StateHead {
  version: 2;
  /** The oldest first. */
  actions: ActionSummary[];
}

/** How many actions stay undoable. */
export const MAX_UNDO_ACTIONS = 5;

export const STATE_KEY = "taizhang.state";
const ACTION_KEY = "taizhang.action.";
/** Characters per setting: at most ~1.2 MB of UTF-8 even for Chinese text, so a request holds a few. */
export const CHUNK_LENGTH = 400_000;

export function chunkKey(id: string, index: number): string {
  return `${ACTION_KEY}${id}.${index}`;
}

/** Queues reading the head of the state; `headFrom` reads it after the sync. */
export function loadHead(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(STATE_KEY);
  setting.load("value");
  return setting;
}

/** The head a previous action left, or null when there is none (or it is unreadable). */
export function headFrom(setting: Excel.Setting): StateHead | null {
  if (setting.isNullObject || typeof setting.value !== "string") return null;
  try {
    const head = JSON.parse(setting.value) as StateHead;
    return head && head.version === 2 && Array.isArray(head.actions) ? head : null;
  } catch {
    return null;
  }
}

export function lastUndoable(head: StateHead | null): ActionSummary | null {
  const undoable = (head?.actions ?? []).filter((a) => a.undoable);
  return undoable[undoable.length - 1] ?? null;
}

function overlaps(
  a: string,
  b: string,
  parse: (a1: string) => { top: number; left: number; bottom: number; right: number }
): boolean {
  const p = parse(a);
  const q = parse(b);
  return p.top <= q.bottom && q.top <= p.bottom && p.left <= q.right && q.left <= p.right;
}

/**
 * The latest write before `before` (an action id, or the end) into the same sheet whose area meets
 * `area`: the Taizhang output a write there replaces.
 */
export function previousWrite(
  head: StateHead | null,
  sheet: string,
  area: string,
  parse: (a1: string) => { top: number; left: number; bottom: number; right: number },
  before?: string
): { action: ActionSummary; index: number; write: WriteSummary } | null {
  const actions = head?.actions ?? [];
  const end = before === undefined ? actions.length : actions.findIndex((a) => a.id === before);
  for (let i = end - 1; i >= 0; i--) {
    const action = actions[i];
    const index = action.writes.findIndex(
      (w) => w.sheet === sheet && overlaps(w.area, area, parse)
    );
    if (index >= 0) return { action, index, write: action.writes[index] };
  }
  return null;
}

/** The action's JSON cut into settings-sized chunks. */
export function chunksOf(action: StateAction): string[] {
  const text = JSON.stringify(action);
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_LENGTH) chunks.push(text.slice(i, i + CHUNK_LENGTH));
  return chunks;
}

/** Queues reading every chunk of the given actions; `actionFrom` assembles one after the sync. */
export function loadChunks(
  context: Excel.RequestContext,
  summaries: ActionSummary[]
): Map<string, Excel.Setting[]> {
  const settings = context.workbook.settings;
  return new Map(
    summaries.map((summary) => [
      summary.id,
      Array.from({ length: summary.chunks }, (_, i) => {
        const setting = settings.getItemOrNullObject(chunkKey(summary.id, i));
        setting.load("value");
        return setting;
      }),
    ])
  );
}

export function actionFrom(chunks: Excel.Setting[] | undefined): StateAction | null {
  if (!chunks || chunks.some((c) => c.isNullObject || typeof c.value !== "string")) return null;
  try {
    return JSON.parse(chunks.map((c) => c.value as string).join("")) as StateAction;
  } catch {
    return null;
  }
}

/**
 * The head after one more action: the action appended, only the last MAX_UNDO_ACTIONS undoable,
 * and older actions kept only while an undoable one refers to them. Returns the ids to delete.
 */
export function headWith(
  head: StateHead | null,
  summary: ActionSummary
): { head: StateHead; dropped: ActionSummary[] } {
  const actions = [...(head?.actions ?? []), summary];
  const undoableCount = actions.filter((a) => a.undoable).length;
  let excess = undoableCount - MAX_UNDO_ACTIONS;
  const marked = actions.map((a) => {
    if (excess > 0 && a.undoable) {
      excess--;
      return { ...a, undoable: false };
    }
    return a;
  });
  return prune(marked);
}

/** The head with its last undoable action taken back. */
export function headWithout(
  head: StateHead,
  id: string
): { head: StateHead; dropped: ActionSummary[] } {
  const removed = head.actions.find((a) => a.id === id);
  const pruned = prune(head.actions.filter((a) => a.id !== id));
  return { head: pruned.head, dropped: removed ? [removed, ...pruned.dropped] : pruned.dropped };
}

function prune(actions: ActionSummary[]): { head: StateHead; dropped: ActionSummary[] } {
  const needed = new Set<string>();
  for (const action of actions) if (action.undoable) for (const ref of action.refs) needed.add(ref);
  // an action kept for its plan keeps what it refers to as well (its undo is never run, so no)
  const kept = actions.filter((a) => a.undoable || needed.has(a.id));
  const dropped = actions.filter((a) => !a.undoable && !needed.has(a.id));
  return { head: { version: 2, actions: kept }, dropped };
}

/** Queues deleting an action's chunks (a deleted chunk is a null object: deleting it does nothing). */
export function queueDeleteChunks(context: Excel.RequestContext, summary: ActionSummary): void {
  for (let i = 0; i < summary.chunks; i++)
    context.workbook.settings.getItemOrNullObject(chunkKey(summary.id, i)).delete();
}

/** Queues storing the head (or removing it when no action is left). */
export function queueHead(context: Excel.RequestContext, head: StateHead): void {
  if (head.actions.length === 0) context.workbook.settings.getItemOrNullObject(STATE_KEY).delete();
  else context.workbook.settings.add(STATE_KEY, JSON.stringify(head));
}

/** A fresh action id: time and a random part, short and unique enough within one workbook. */
export function newActionId(now: Date): string {
  return `${now.getTime().toString(36)}${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

type ActionBody =
  | { kind: "write"; records: WriteRecord[] }
  | { kind: "fix"; fixes: FixRecord[] }
  | ({ kind: "next" } & AddedSheetRecord);

/** A new action stamped now, its JSON in settings-sized chunks, and its summary for the head. */
export function newAction(
  body: ActionBody,
  writes: WriteSummary[],
  refs: string[]
): { action: StateAction; chunks: string[]; summary: ActionSummary } {
  const at = new Date();
  const action = { ...body, at: at.toISOString() } as StateAction;
  const chunks = chunksOf(action);
  const summary: ActionSummary = {
    id: newActionId(at),
    kind: action.kind,
    at: action.at,
    chunks: chunks.length,
    undoable: true,
    writes,
    refs,
  };
  return { action, chunks, summary };
}
