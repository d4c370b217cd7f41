import { CheckOptions, CheckResult, checkWorkbook } from "../../core/check";
import { Area, areaAddress, cellAddress, columnLetter, parseAreaAddress } from "../../core/grid";
import {
  ColumnPlan,
  ColumnPlanOptions,
  TEXT_FORMAT,
  columnPlansFor,
  foreignContent,
} from "../../core/report/columnPlan";
import { TotalsFormulaFix } from "../../core/report/fixes";
import {
  CommentInfo,
  NoteKind,
  SheetSnapshot,
  noteKind,
  readSnapshot,
  sheetOfAddress,
  stripSheetName,
  supportsExcelApi,
} from "./readSheet";
import { sendSlices } from "./slices";
import {
  ActionSummary,
  FixRecord,
  PriorArea,
  StateAction,
  StateHead,
  WriteRecord,
  actionFrom,
  chunkKey,
  chunksOf,
  compactPlan,
  expandPlan,
  headFrom,
  headWith,
  headWithout,
  lastUndoable,
  loadChunks,
  loadHead,
  newActionId,
  previousWrite,
  queueDeleteChunks,
  queueHead,
} from "./state";
import {
  Batch,
  CALL_OVERHEAD_BYTES,
  MAX_REQUEST_BYTES,
  NoteChanges,
  NoteToRemove,
  literal,
  notedCells,
  packRequests,
  planArea,
  planBatches,
  queueRemoveNotes,
  utf8Bytes,
} from "./writePlan";
import { WriteFailedError } from "./writeFailure";

/** A check of the active sheet, kept so the pane can write, fix and undo from it. */
export interface OfficeCheck {
  snapshot: SheetSnapshot;
  result: CheckResult;
}

export type WriteOutcome =
  | { status: "written"; requests: number; columns: string[] }
  | { status: "refused"; cells: string[]; suggestedColumn: string };

/** Reads the active (or named) sheet (one request for most ledgers) and runs the whole engine on it. */
export async function checkSheet(
  context: Excel.RequestContext,
  options: CheckOptions,
  sheetName?: string
): Promise<OfficeCheck> {
  const snapshot = await readSnapshot(context, sheetName);
  const result = checkWorkbook({ name: snapshot.grid.name, sheets: [snapshot.grid] }, options);
  return { snapshot, result };
}

const NOTE_PREFIX = "台账助手";
/** Cells whose formats one request reads back (getCellProperties answers ~600 bytes a cell). */
const PRIOR_CELLS_PER_REQUEST = 4_000;
/** Settings chunks read back per request (each up to ~1.2 MB). */
const CHUNKS_PER_REQUEST = 2;

function intersect(a: Area, b: Area): Area | null {
  const area = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return area.top <= area.bottom && area.left <= area.right ? area : null;
}

/** `a` without `b`: up to four rectangles. */
function subtract(a: Area, b: Area): Area[] {
  const cut = intersect(a, b);
  if (!cut) return [a];
  const parts: Area[] = [];
  if (a.top < cut.top) parts.push({ ...a, bottom: cut.top - 1 });
  if (cut.bottom < a.bottom) parts.push({ ...a, top: cut.bottom + 1 });
  if (a.left < cut.left)
    parts.push({ top: cut.top, bottom: cut.bottom, left: a.left, right: cut.left - 1 });
  if (cut.right < a.right)
    parts.push({ top: cut.top, bottom: cut.bottom, left: cut.right + 1, right: a.right });
  return parts;
}

const PRIOR_FORMAT: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: {
      bold: true,
      italic: true,
      color: true,
      name: true,
      size: true,
      underline: true,
      strikethrough: true,
    },
    borders: { style: true, color: true, weight: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

// ---------------------------------------------------------------------------------------------
// Reading what a write or an undo is about to change

interface PriorSlice {
  area: Area;
  range: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Queues reading rectangles of cells (contents, number formats, formats), a request's worth at a time. */
class PriorReader {
  private readonly waiting: Area[] = [];
  readonly slices: PriorSlice[] = [];

  constructor(private readonly sheet: Excel.Worksheet) {}

  add(area: Area): void {
    const width = area.right - area.left + 1;
    const rows = Math.max(1, Math.floor(PRIOR_CELLS_PER_REQUEST / width));
    for (let top = area.top; top <= area.bottom; top += rows) {
      this.waiting.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
    }
  }

  /** Queues as many slices as one request should carry; false when none was left. */
  queueNext(): boolean {
    let cells = 0;
    let queued = false;
    while (this.waiting.length > 0) {
      const area = this.waiting[0];
      const count = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (queued && cells + count > PRIOR_CELLS_PER_REQUEST) break;
      this.waiting.shift();
      const range = this.sheet.getRange(areaAddress(area));
      range.load(["formulas", "numberFormat"]);
      this.slices.push({ area, range, properties: range.getCellProperties(PRIOR_FORMAT) });
      cells += count;
      queued = true;
    }
    return queued;
  }

  /** The slices as stored for undo: contents, number formats, and formats as a palette. */
  priorAreas(): PriorArea[] {
    return this.slices.map(({ area, range, properties }) => {
      const palette = new Map<string, number>();
      const formats: Excel.CellPropertiesFormat[] = [];
      const formatIndex = properties.value.map((row) =>
        row.map((cell) => {
          const format = { ...cell.format };
          // a cell without a fill reads as white: leave its fill alone rather than paint it white
          if (format.fill?.pattern === "None") delete format.fill;
          const key = JSON.stringify(format);
          let index = palette.get(key);
          if (index === undefined) {
            index = formats.length;
            formats.push(format);
            palette.set(key, index);
          }
          return index;
        })
      );
      return {
        area: areaAddress(area),
        contents: range.formulas.map((row) =>
          row.map((v) => (typeof v === "number" || typeof v === "boolean" ? v : String(v ?? "")))
        ),
        numberFormats: range.numberFormat.map((row) => row.map((f) => String(f ?? "General"))),
        formats,
        formatIndex,
      };
    });
  }
}

/** Queues reading which of the cells carry a note (or comment) and whether it is Taizhang's. */
interface NoteRead {
  kind: NoteKind;
  notes: Map<string, Excel.Note>;
  comments: { info: CommentInfo; location: Excel.Range }[];
}

function queueNoteRead(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  kind: NoteKind,
  cells: Iterable<string>,
  comments: CommentInfo[]
): NoteRead {
  const read: NoteRead = { kind, notes: new Map(), comments: [] };
  if (kind === "note") {
    for (const address of cells) {
      if (read.notes.has(address)) continue;
      const note = sheet.notes.getItemOrNullObject(address);
      note.load("content");
      read.notes.set(address, note);
    }
  } else if (kind === "comment") {
    for (const info of comments) {
      const location = context.workbook.comments.getItem(info.id).getLocation();
      location.load("address");
      read.comments.push({ info, location });
    }
  }
  return read;
}

interface ExistingNote {
  taizhang: boolean;
  commentId?: string;
}

function existingNotes(read: NoteRead, sheetName: string): Map<string, ExistingNote> {
  const found = new Map<string, ExistingNote>();
  for (const [address, note] of read.notes) {
    if (!note.isNullObject) found.set(address, { taizhang: note.content.startsWith(NOTE_PREFIX) });
  }
  for (const { info, location } of read.comments) {
    if (sheetOfAddress(location.address) !== sheetName) continue;
    found.set(stripSheetName(location.address), {
      taizhang: info.content.startsWith(NOTE_PREFIX),
      commentId: info.id,
    });
  }
  return found;
}

/** Taizhang's notes on `cells` go; cells with a note of the user's are skipped. */
function noteChanges(existing: Map<string, ExistingNote>, cells: Iterable<string>): NoteChanges {
  const remove: NoteToRemove[] = [];
  const seen = new Set<string>();
  for (const address of cells) {
    const note = existing.get(address);
    if (seen.has(address) || !note?.taizhang) continue;
    seen.add(address);
    remove.push({ address, commentId: note.commentId });
  }
  const skip = new Set(
    [...existing].filter(([, note]) => !note.taizhang).map(([address]) => address)
  );
  return { remove, skip };
}

// ---------------------------------------------------------------------------------------------
// Running requests

/** Runs packed requests: calculation and screen updating suspended, events off, one sync each. */
async function runRequests(
  context: Excel.RequestContext,
  requests: Batch[][],
  sheetName?: string
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const sheet = sheetName ? sheets.getItem(sheetName) : sheets.getActiveWorksheet();
  const events = supportsExcelApi("1.8");
  let next = 0;
  const sendRequest = async (): Promise<boolean> => {
    if (next === requests.length) return false;
    const i = next++;
    context.application.suspendApiCalculationUntilNextSync();
    if (supportsExcelApi("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
    if (i === 0 && events) context.runtime.enableEvents = false;
    for (const batch of requests[i]) batch.queue(context, sheet);
    if (i === requests.length - 1 && events) context.runtime.enableEvents = true;
    await context.sync();
    return true;
  };
  try {
    await sendSlices(sendRequest);
  } catch (error) {
    // a request that failed midway must not leave the add-in's events off
    if (events && requests.length > 0) {
      context.runtime.enableEvents = true;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}

/** The new action's chunks, one batch each so large ones spread over requests, then the head. */
function stateBatches(
  id: string,
  chunks: string[],
  head: StateHead,
  dropped: ActionSummary[]
): Batch[] {
  return [
    ...chunks.map((chunk, i) => ({
      bytes: utf8Bytes(JSON.stringify(chunk)) + CALL_OVERHEAD_BYTES,
      queue: (context: Excel.RequestContext) => {
        context.workbook.settings.add(chunkKey(id, i), chunk);
      },
    })),
    headBatch(head, dropped),
  ];
}

function headBatch(head: StateHead, dropped: ActionSummary[]): Batch {
  return {
    bytes:
      utf8Bytes(JSON.stringify(JSON.stringify(head))) +
      CALL_OVERHEAD_BYTES * (1 + dropped.reduce((n, a) => n + a.chunks, 0)),
    queue: (context) => {
      queueHead(context, head);
      for (const action of dropped) queueDeleteChunks(context, action);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

function refusal(plans: ColumnPlan[], snapshot: SheetSnapshot, cells: string[]): WriteOutcome {
  // the first column from which the planned columns meet nothing of the user's: past the used range
  const last = Math.max(
    ...plans.flatMap((p) => p.columns.map((c) => c.col)),
    snapshot.used?.right ?? 0
  );
  return { status: "refused", cells, suggestedColumn: columnLetter(last + 2) };
}

interface PlanRead {
  plan: ColumnPlan;
  previous: ReturnType<typeof previousWrite>;
  /** The planned cells no Taizhang write accounts for, read afresh: the user may have typed there since the check. */
  fresh: { area: Area; range: Excel.Range }[];
  widths: Excel.Range[];
}

interface WriteReads {
  plans: PlanRead[];
  prior: PriorReader;
  noteRead: NoteRead;
  noteCells: string[];
  /** The state and the comments as the workbook has them now: the check may be older than the last write. */
  head: Excel.Setting;
  comments: Excel.CommentCollection | null;
}

/** Queues the one read a write needs, planned from what the state (head) and comments were believed to be. */
function queueWriteReads(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  plans: ColumnPlan[],
  snapshot: SheetSnapshot,
  state: StateHead | null,
  comments: CommentInfo[]
): WriteReads {
  const kind = noteKind();
  const prior = new PriorReader(sheet);
  const reads: PlanRead[] = plans.map((plan) => {
    const area = planArea(plan);
    const previous = previousWrite(state, sheetName, areaAddress(area), parseAreaAddress);
    const uncovered = previous ? subtract(area, parseAreaAddress(previous.write.area)) : [area];
    for (const part of uncovered) {
      const inside = snapshot.used && intersect(part, snapshot.used);
      if (inside) prior.add(inside);
    }
    const newColumns = new Set(plan.columns.filter((c) => !c.existing).map((c) => c.col));
    const fresh = uncovered.flatMap((part) =>
      [...newColumns]
        .filter((col) => col >= part.left && col <= part.right)
        .map((col) => {
          const columnPart = { ...part, left: col, right: col };
          const range = sheet.getRange(areaAddress(columnPart));
          range.load("formulas");
          return { area: columnPart, range };
        })
    );
    const widths = plan.columns.map((c) => {
      const column = sheet.getRange(`${columnLetter(c.col)}:${columnLetter(c.col)}`);
      column.load(["format/columnWidth", "format/useStandardWidth"]);
      return column;
    });
    return { plan, previous, fresh, widths };
  });
  const noteCells = [
    ...plans.flatMap((p) => p.notes.map((n) => cellAddress(n.row, n.col))),
    ...reads.flatMap((r) => r.previous?.write.notedCells ?? []),
  ];
  const noteRead = queueNoteRead(context, sheet, kind, noteCells, comments);
  const head = loadHead(context);
  const commentList = kind === "comment" ? context.workbook.comments : null;
  commentList?.load("items/id,items/content");
  prior.queueNext();
  return { plans: reads, prior, noteRead, noteCells, head, comments: commentList };
}

function sameComments(a: CommentInfo[], b: CommentInfo[]): boolean {
  return JSON.stringify(a.map((c) => c.id)) === JSON.stringify(b.map((c) => c.id));
}

/**
 * Writes the progress columns of every table of the checked sheet: refuses (naming the cells) when
 * the target columns hold content Taizhang did not write; else reads what it is about to cover (in
 * one request: what the user typed there since the check, the formats of cells no earlier write of
 * Taizhang's accounts for, the column widths, the notes on the cells it annotates, and the undo state
 * as it is now), saves that in the workbook's settings for undo, and writes in as few requests as the
 * size limit allows. The undo state goes first, so a write that fails midway can still be taken back.
 * When the workbook's state has moved on since the check (a write or fix from the same check), the
 * read is made once more from the state as it is.
 */
export async function writeBack(
  context: Excel.RequestContext,
  check: OfficeCheck,
  options: ColumnPlanOptions = {},
  maxBytes = MAX_REQUEST_BYTES
): Promise<WriteOutcome> {
  const { snapshot } = check;
  const plans = columnPlansFor(check.result, options);
  const columns = plans.flatMap((p) => p.columns.map((c) => columnLetter(c.col)));
  if (plans.length === 0) return { status: "written", requests: 0, columns };
  const foreign = [...new Set(plans.flatMap((plan) => foreignContent(plan, snapshot.grid)))];
  if (foreign.length > 0) return refusal(plans, snapshot, foreign);
  const sheetName = snapshot.grid.name;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const kind = noteKind();
  let state = snapshot.state;
  let comments = snapshot.comments;
  /** Reads what the write needs; whether the state or the comments moved on since they were read. */
  const readForWrite = async (): Promise<{ reads: WriteReads; moved: boolean }> => {
    const reads = queueWriteReads(context, sheet, sheetName, plans, snapshot, state, comments);
    await context.sync();
    const freshState = headFrom(reads.head);
    const freshComments = reads.comments
      ? reads.comments.items.map((c) => ({ id: c.id, content: c.content }))
      : [];
    const moved =
      JSON.stringify(freshState) !== JSON.stringify(state) ||
      !sameComments(freshComments, comments);
    state = freshState;
    comments = freshComments;
    return { reads, moved };
  };
  let { reads, moved } = await readForWrite();
  // a second pass only when the state moved on since the check
  if (moved) ({ reads } = await readForWrite());
  // further slices of formats to keep for undo, only for a large formatted area: each response under the limit
  await sendSlices(async () => {
    if (!reads.prior.queueNext()) return false;
    await context.sync();
    return true;
  });

  const typedSince = reads.plans.flatMap(({ fresh }) =>
    fresh.flatMap(({ area, range }) =>
      range.formulas.flatMap((row, r) =>
        String(row[0] ?? "").trim() !== "" ? [cellAddress(area.top + r, area.left)] : []
      )
    )
  );
  if (typedSince.length > 0) return refusal(plans, snapshot, [...new Set(typedSince)]);

  const existing = existingNotes(reads.noteRead, sheetName);
  const changes = noteChanges(existing, reads.noteCells);
  const priorAreas = reads.prior.priorAreas();
  const records: WriteRecord[] = reads.plans.map(({ plan, previous, widths }) => {
    const area = planArea(plan);
    return {
      sheet: sheetName,
      area: areaAddress(area),
      plan: compactPlan(plan),
      previous: previous ? { action: previous.action.id, index: previous.index } : null,
      prior: priorAreas.filter((p) => intersect(parseAreaAddress(p.area), area)),
      priorWidths: widths.map((w) => ({
        width: w.format.columnWidth,
        standard: w.format.useStandardWidth,
      })),
      notedCells: notedCells(plan, kind, changes.skip),
      noteKind: kind,
    };
  });
  const at = new Date();
  const id = newActionId(at);
  const action: StateAction = { kind: "write", at: at.toISOString(), records };
  const chunks = chunksOf(action);
  const summary: ActionSummary = {
    id,
    kind: "write",
    at: action.at,
    chunks: chunks.length,
    undoable: true,
    writes: records.map((r) => ({
      sheet: r.sheet,
      area: r.area,
      notedCells: r.notedCells,
      noteKind: r.noteKind,
    })),
    refs: [...new Set(reads.plans.flatMap((r) => (r.previous ? [r.previous.action.id] : [])))],
  };
  const { head, dropped } = headWith(state, summary);
  const batches = [
    ...stateBatches(id, chunks, head, dropped),
    ...plans.flatMap((plan, i) =>
      planBatches(plan, kind, i === 0 ? changes : { remove: [], skip: changes.skip }, maxBytes)
    ),
  ];
  const requests = packRequests(batches, maxBytes);
  try {
    await runRequests(context, requests, sheetName);
  } catch (error) {
    throw await rollBack(context, summary, error);
  }
  return { status: "written", requests: requests.length, columns };
}

/**
 * After a write failed midway, takes back whatever of it landed: when its undo state made it into
 * the workbook (it goes first), by undoing it, which puts back the cells as read before writing;
 * else nothing of the plan was written, and only stray state chunks are removed.
 */
async function rollBack(
  context: Excel.RequestContext,
  summary: ActionSummary,
  error: unknown
): Promise<WriteFailedError> {
  try {
    const head = loadHead(context);
    await context.sync();
    if (headFrom(head)?.actions.some((a) => a.id === summary.id)) {
      await undoLastAction(context);
    } else {
      queueDeleteChunks(context, summary);
      await context.sync();
    }
    return new WriteFailedError(error, true);
  } catch {
    return new WriteFailedError(error, false);
  }
}

// ---------------------------------------------------------------------------------------------
// Undo

/** Queues putting cells back as a prior read found them: number formats first, then contents, then formats. */
function queuePrior(sheet: Excel.Worksheet, prior: PriorArea): void {
  const range = sheet.getRange(prior.area);
  range.numberFormat = prior.numberFormats;
  range.values = prior.contents.map((row, r) =>
    row.map((content, c) => {
      const asText = prior.numberFormats[r][c] === TEXT_FORMAT;
      // a formula goes back as a formula; text goes back as text
      if (typeof content !== "string" || (content.startsWith("=") && !asText)) return content;
      return literal(content, asText);
    })
  );
  range.setCellProperties(
    prior.formatIndex.map((row) => row.map((i) => ({ format: prior.formats[i] })))
  );
}

function restoreBatch(record: WriteRecord): Batch {
  return {
    bytes:
      utf8Bytes(JSON.stringify(record.prior)) * 2 +
      CALL_OVERHEAD_BYTES * (8 + record.priorWidths.length),
    queue: (_context, sheet) => {
      const area = sheet.getRange(record.area);
      area.conditionalFormats.clearAll();
      area.unmerge();
      area.clear(Excel.ClearApplyTo.all);
      record.plan.columns.forEach((column, i) => {
        const letter = columnLetter(column.col);
        const format = sheet.getRange(`${letter}:${letter}`).format;
        const prior = record.priorWidths[i];
        if (prior.standard) format.useStandardWidth = true;
        else format.columnWidth = prior.width;
      });
      for (const prior of record.prior) queuePrior(sheet, prior);
    },
  };
}

/** Reads actions' chunks a couple of settings per request. */
async function loadActions(
  context: Excel.RequestContext,
  summaries: ActionSummary[]
): Promise<Map<string, StateAction | null>> {
  const loaded = new Map<string, StateAction | null>();
  let batch: ActionSummary[] = [];
  let chunks = 0;
  const flush = async (): Promise<void> => {
    const settings = loadChunks(context, batch);
    await context.sync();
    for (const summary of batch) loaded.set(summary.id, actionFrom(settings.get(summary.id)));
    batch = [];
    chunks = 0;
  };
  for (const summary of summaries) {
    if (batch.length > 0 && chunks + summary.chunks > CHUNKS_PER_REQUEST) await flush();
    batch.push(summary);
    chunks += summary.chunks;
  }
  if (batch.length > 0) await flush();
  return loaded;
}

/** Whether there is a Taizhang action in the workbook to take back (one request). */
export async function canUndo(context: Excel.RequestContext): Promise<boolean> {
  const head = loadHead(context);
  await context.sync();
  return lastUndoable(headFrom(head)) !== null;
}

/**
 * Takes back Taizhang's last action, also after the pane was closed and opened again. A write:
 * clears what it wrote, puts back what the cells held and the column widths, removes its notes, and
 * writes again the earlier Taizhang columns it had replaced. Fixes: puts the typed totals back.
 * Resolves to the kind of action taken back, or null when there is nothing to undo.
 */
export async function undoLastAction(
  context: Excel.RequestContext
): Promise<StateAction["kind"] | null> {
  const kind = noteKind();
  const headSetting = loadHead(context);
  const commentList = kind === "comment" ? context.workbook.comments : null;
  commentList?.load("items/id,items/content");
  await context.sync();
  const head = headFrom(headSetting);
  const summary = lastUndoable(head);
  if (!head || !summary) return null;
  const comments: CommentInfo[] = commentList
    ? commentList.items.map((c) => ({ id: c.id, content: c.content }))
    : [];
  // which cells carry notes now is read with the action itself: the head names the cells
  const noteReads = new Map<string, { read: NoteRead; cells: string[] }>();
  for (const write of summary.writes) {
    const earlier = previousWrite(head, write.sheet, write.area, parseAreaAddress, summary.id);
    const cells = [
      ...(noteReads.get(write.sheet)?.cells ?? []),
      ...write.notedCells,
      ...(earlier?.write.notedCells ?? []),
    ];
    noteReads.set(write.sheet, { read: { kind, notes: new Map(), comments: [] }, cells });
  }
  for (const [sheetName, entry] of noteReads) {
    entry.read = queueNoteRead(
      context,
      context.workbook.worksheets.getItem(sheetName),
      kind,
      entry.cells,
      comments
    );
  }
  const needed = head.actions.filter((a) => a.id === summary.id || summary.refs.includes(a.id));
  const loaded = await loadActions(context, needed);
  const action = loaded.get(summary.id);
  const { head: remaining, dropped } = headWithout(head, summary.id);
  if (!action) {
    // the action's settings are gone or unreadable: forget it rather than stay stuck on it
    await runRequests(context, [[headBatch(remaining, dropped)]]);
    return null;
  }
  if (action.kind === "fix") {
    const batches = [...action.fixes.map(restoreFixes), headBatch(remaining, dropped)];
    await runRequests(context, packRequests(batches), action.fixes[0]?.sheet);
    return "fix";
  }
  const batches: Batch[] = [];
  for (const [sheetName, records] of groupBySheet(action.records)) {
    const entry = noteReads.get(sheetName);
    const existing = entry ? existingNotes(entry.read, sheetName) : new Map<string, ExistingNote>();
    const previous = records.map((record) => {
      const earlier = record.previous ? loaded.get(record.previous.action) : null;
      const earlierRecord =
        earlier?.kind === "write" ? earlier.records[record.previous!.index] : undefined;
      return earlierRecord
        ? { plan: expandPlan(earlierRecord.plan), notedCells: earlierRecord.notedCells }
        : null;
    });
    const cells = [
      ...records.flatMap((r) => r.notedCells),
      ...previous.flatMap((p) => p?.notedCells ?? []),
    ];
    const changes = noteChanges(existing, cells);
    batches.push({
      bytes: CALL_OVERHEAD_BYTES * changes.remove.length,
      queue: (ctx) =>
        queueRemoveNotes(ctx, ctx.workbook.worksheets.getItem(sheetName), kind, changes.remove),
    });
    records.forEach((record, i) => {
      batches.push(sheetBatch(sheetName, restoreBatch(record)));
      const earlier = previous[i];
      if (earlier) {
        // the earlier write's notes go back where they were, not over a note the user has put there since
        const allowed = new Set(earlier.notedCells.filter((a) => !changes.skip.has(a)));
        const skip = new Set(
          earlier.plan.notes.map((n) => cellAddress(n.row, n.col)).filter((a) => !allowed.has(a))
        );
        batches.push(
          ...planBatches(earlier.plan, kind, { remove: [], skip }).map((b) =>
            sheetBatch(sheetName, b)
          )
        );
      }
    });
  }
  batches.push(headBatch(remaining, dropped));
  await runRequests(context, packRequests(batches), action.records[0]?.sheet);
  return "write";
}

/** A batch queued on a named sheet, whatever sheet the request runs on. */
function sheetBatch(sheetName: string, batch: Batch): Batch {
  return {
    bytes: batch.bytes,
    queue: (ctx) => batch.queue(ctx, ctx.workbook.worksheets.getItem(sheetName)),
  };
}

function groupBySheet(records: WriteRecord[]): Map<string, WriteRecord[]> {
  const bySheet = new Map<string, WriteRecord[]>();
  for (const record of records)
    bySheet.set(record.sheet, [...(bySheet.get(record.sheet) ?? []), record]);
  return bySheet;
}

/** Puts back cells Taizhang changed on request. */
function restoreFixes(fix: FixRecord): Batch {
  return {
    bytes:
      utf8Bytes(JSON.stringify(fix.priorCells)) * 2 +
      CALL_OVERHEAD_BYTES * 2 * fix.priorCells.length,
    queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(fix.sheet);
      for (const prior of fix.priorCells) {
        const cell = sheet.getRange(prior.address);
        cell.numberFormat = [[prior.numberFormat]];
        const content = prior.content;
        const asText = prior.numberFormat === TEXT_FORMAT;
        const formula = typeof content === "string" && content.startsWith("=") && !asText;
        cell.values = [
          [typeof content === "string" && !formula ? literal(content, asText) : content],
        ];
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Fixes

/**
 * Applies fixes the user chose (each typed total replaced by its `=SUM()`), remembering the typed
 * figures so the fix can be undone like a write. Two requests: the cells and the undo state as they
 * are now (the check may be older than the user's last edit or Taizhang's last write), then the fix.
 */
export async function applyFixes(
  context: Excel.RequestContext,
  _check: OfficeCheck,
  fixes: TotalsFormulaFix[]
): Promise<void> {
  if (fixes.length === 0) return;
  // what the cells and the state hold now: the check may be older than the user's last edit or write
  const headSetting = loadHead(context);
  const cells = fixes.map((fix) => {
    const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
    range.load(["formulas", "numberFormat"]);
    return range;
  });
  await context.sync();
  const bySheet = new Map<string, { fix: TotalsFormulaFix; range: Excel.Range }[]>();
  fixes.forEach((fix, i) =>
    bySheet.set(fix.sheet, [...(bySheet.get(fix.sheet) ?? []), { fix, range: cells[i] }])
  );
  const records: FixRecord[] = [...bySheet].map(([sheet, sheetFixes]) => ({
    sheet,
    priorCells: sheetFixes.map(({ fix, range }) => {
      const content = range.formulas[0][0];
      return {
        address: fix.cell,
        content:
          typeof content === "number" || typeof content === "boolean"
            ? content
            : String(content ?? ""),
        numberFormat: String(range.numberFormat[0][0] ?? "General"),
      };
    }),
  }));
  const at = new Date();
  const id = newActionId(at);
  const action: StateAction = { kind: "fix", at: at.toISOString(), fixes: records };
  const chunks = chunksOf(action);
  const summary: ActionSummary = {
    id,
    kind: "fix",
    at: action.at,
    chunks: chunks.length,
    undoable: true,
    writes: [],
    refs: [],
  };
  const { head, dropped } = headWith(headFrom(headSetting), summary);
  const write: Batch = {
    bytes: CALL_OVERHEAD_BYTES * 2 * fixes.length,
    queue: (ctx) => {
      fixes.forEach((fix, i) => {
        const range = ctx.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
        // a total formatted as text would keep the formula as text
        if (cells[i].numberFormat[0][0] === TEXT_FORMAT) range.numberFormat = [["General"]];
        range.formulas = [[fix.formula]];
      });
    },
  };
  await runRequests(
    context,
    packRequests([...stateBatches(id, chunks, head, dropped), write]),
    fixes[0].sheet
  );
}
