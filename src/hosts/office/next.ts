/** 生成下期台账 in the open workbook: the checked sheet copied beside itself for the next period. */
import { Grid, areaAddress, cellAddress, getCell } from "../../core/grid";
import {
  NextCellEdit,
  NextOptions,
  NextPlan,
  NextSheetPlan,
  RemovedColumn,
  isLastPeriodNote,
  planNextPeriod,
  planYearOf,
  reportedCells,
} from "../../core/next/plan";
import { nextSheetName } from "../../core/next/sheetName";
import { TEXT_FORMAT } from "../../core/report/columnPlan";
import { OfficeCheck } from "./check";
import { ExistingNote, existingNotes, isTaizhangNote, noteChanges, queueNoteRead } from "./notes";
import { NoteKind, noteKind } from "./readSheet";
import { runRequests, stateBatches } from "./requests";
import { sendSlices } from "./slices";
import { StateHead, headFrom, headWith, loadHead, newAction } from "./state";
import { nextSheetFailed, rollBack } from "./writeFailure";
import {
  Batch,
  CALL_OVERHEAD_BYTES,
  MAX_REQUEST_BYTES,
  NoteChanges,
  literal,
  packRequests,
  queueAddNote,
  rowSlices,
  sheetCellAddress,
  utf8Bytes,
} from "./writePlan";

export type NextSheetOutcome =
  | {
      status: "added";
      /** The new worksheet's name. */
      sheet: string;
      plan: NextPlan;
      /** How last period's texts went onto the emptied cells: notes, threaded comments, or not at all. */
      noteKind: NoteKind;
      /** Requests sent, the first read included. */
      requests: number;
    }
  | { status: "noLedger" };

/** Cells whose notes one request asks about: each a lookup and a load, some 350 bytes of request. */
const NOTE_READS_PER_REQUEST = 4_000;

/** The copy's worksheet in whatever request a batch goes into. */
type SheetOf = (context: Excel.RequestContext) => Excel.Worksheet;

/** A note on the copy is Taizhang's when a write put it there, or an earlier copy for the next period. */
function isOwnNote(content: string): boolean {
  return isTaizhangNote(content) || isLastPeriodNote(content);
}

/** The cells of the sheet that earlier Taizhang writes put notes on, as the undo state's head names them. */
function notedBefore(state: StateHead | null, sheet: string): string[] {
  return (state?.actions ?? []).flatMap((a) =>
    a.writes.filter((w) => w.sheet === sheet).flatMap((w) => w.notedCells)
  );
}

/**
 * Reads which of the cells concerned carry a note and whose it is, along with whatever else is queued
 * (the first request): the cells the new notes go on, those the departments fill (an earlier copy's
 * notes), and those Taizhang's writes noted (its findings). Notes are asked cell by cell, a request's
 * worth at a time; threaded comments are listed whole. Returns the notes found and the requests made.
 */
async function readNotes(
  context: Excel.RequestContext,
  { snapshot, result }: OfficeCheck,
  sheetPlan: NextSheetPlan,
  kind: NoteKind
): Promise<{ existing: Map<string, ExistingNote>; requests: number }> {
  const source = snapshot.grid.name;
  const sheet = context.workbook.worksheets.getItem(source);
  const cells = new Set([
    ...sheetPlan.notes.map((n) => cellAddress(n.row, n.col)),
    ...(reportedCells(result.model).get(source) ?? []).map((c) => cellAddress(c.row, c.col)),
    ...notedBefore(snapshot.state, source),
  ]);
  const asked = kind === "note" ? [...cells] : [];
  const existing = new Map<string, ExistingNote>();
  let requests = 0;
  let start = 0;
  await sendSlices(async () => {
    if (requests > 0 && start >= asked.length) return false;
    const slice = asked.slice(start, start + NOTE_READS_PER_REQUEST);
    const comments = requests === 0 ? snapshot.comments : [];
    const read = queueNoteRead(context, sheet, kind, slice, comments);
    await context.sync();
    for (const [address, note] of existingNotes(read, source, isOwnNote))
      existing.set(address, note);
    start += slice.length;
    requests++;
    return true;
  });
  return { existing, requests };
}

/**
 * The planned texts column by column, one write per column from its first to its last planned cell
 * (null leaves the cells between as they are; '' empties a cell, keeping its format), in slices under
 * the request limit. Text goes in as a literal, so a 推进情况 starting with `=` or a digit stays text.
 */
function cellBatches(
  cells: NextCellEdit[],
  grid: Grid,
  sheetOf: SheetOf,
  maxBytes: number
): Batch[] {
  const byColumn = new Map<number, NextCellEdit[]>();
  for (const cell of cells) {
    const column = byColumn.get(cell.col);
    if (column) column.push(cell);
    else byColumn.set(cell.col, [cell]);
  }
  return [...byColumn].flatMap(([col, edits]) => {
    const top = Math.min(...edits.map((e) => e.row));
    const bottom = Math.max(...edits.map((e) => e.row));
    const column = Array.from({ length: bottom - top + 1 }, (): [string | null] => [null]);
    for (const { row, text } of edits) {
      const asText = getCell(grid, row, col)?.format === TEXT_FORMAT;
      column[row - top] = [text === null ? "" : literal(text, asText)];
    }
    return rowSlices(column, maxBytes).map(({ start, rows, bytes }) => ({
      bytes,
      queue: (context: Excel.RequestContext) => {
        const area = {
          top: top + start,
          left: col,
          bottom: top + start + rows.length - 1,
          right: col,
        };
        sheetOf(context).getRange(areaAddress(area)).values = rows;
      },
    }));
  });
}

/** Taizhang's column of an earlier write, taken out of the copy: its highlighting, merges, contents and formats. */
function removedColumnBatch(column: RemovedColumn, sheetOf: SheetOf): Batch {
  return {
    bytes: CALL_OVERHEAD_BYTES * 4,
    queue: (context) => {
      const area = { top: column.top, left: column.col, bottom: column.bottom, right: column.col };
      const range = sheetOf(context).getRange(areaAddress(area));
      range.conditionalFormats.clearAll();
      range.unmerge();
      range.clear(Excel.ClearApplyTo.all);
    },
  };
}

/**
 * The copy's notes: Taizhang's own it carried over from the sheet go (its findings, an earlier
 * copy's last-period texts), then each emptied cell gets last period's text, except where the user
 * has a note of their own. A copied comment has an id of its own: it is found by its cell.
 */
function noteBatches(
  sheetPlan: NextSheetPlan,
  kind: NoteKind,
  changes: NoteChanges,
  name: string,
  sheetOf: SheetOf
): Batch[] {
  if (kind === "none") return [];
  const removals = changes.remove.map(({ address }): Batch => ({
    bytes: CALL_OVERHEAD_BYTES,
    queue: (context) => {
      if (kind === "note") sheetOf(context).notes.getItemOrNullObject(address).delete();
      else context.workbook.comments.getItemByCell(sheetCellAddress(name, address)).delete();
    },
  }));
  const additions = sheetPlan.notes
    .map((note) => ({ address: cellAddress(note.row, note.col), text: note.text }))
    .filter(({ address }) => !changes.skip.has(address))
    .map(({ address, text }): Batch => ({
      bytes: CALL_OVERHEAD_BYTES + utf8Bytes(text) * 2,
      queue: (context) => queueAddNote(context, sheetOf(context), name, kind, address, text),
    }));
  return [...removals, ...additions];
}

/**
 * Makes the next period's ledger as a new worksheet right after the checked one, named for the new
 * period: the sheet copied (values, formats, merges, highlighting, notes), then the next-period plan
 * applied to the copy — title and period headers moved on, the next-period plan carried into the
 * current-plan column, the departments' cells emptied with last period's text in a note (threaded
 * comments below ExcelApi 1.18, none below 1.10), Taizhang's own columns taken out — and the copy
 * activated. The checked sheet itself is never written. One request reads the sheet names, the undo
 * state and the notes on the cells concerned (a very large sheet's notes take more); the writes
 * follow in as few requests as the size limit allows, the undo state first, so undo (or a failure
 * midway) deletes the copy.
 */
export async function addNextPeriodSheet(
  context: Excel.RequestContext,
  check: OfficeCheck,
  options: NextOptions = {},
  maxBytes = MAX_REQUEST_BYTES
): Promise<NextSheetOutcome> {
  const { snapshot, result } = check;
  const source = snapshot.grid.name;
  const plan = planNextPeriod(result, options);
  const sheetPlan = plan.sheets.find((s) => s.sheet === source);
  if (!sheetPlan) return { status: "noLedger" };
  const kind = noteKind();
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const headSetting = loadHead(context);
  const { existing, requests: reads } = await readNotes(context, check, sheetPlan, kind);

  const taken = worksheets.items.map((s) => s.name);
  const name = nextSheetName(source, plan, planYearOf(result.model), taken);
  // Taizhang's own notes on the cells read go (threaded comments are all read: those anywhere on the sheet)
  const changes = noteChanges(existing, existing.keys());
  const { chunks, summary } = newAction({ kind: "next", sheet: name, source }, [], []);
  const { head, dropped } = headWith(headFrom(headSetting), summary);
  const sheetOf: SheetOf = (ctx) => ctx.workbook.worksheets.getItem(name);
  const batches: Batch[] = [
    ...stateBatches(summary.id, chunks, head, dropped),
    {
      bytes: CALL_OVERHEAD_BYTES * 2,
      queue: (_ctx, sheet) => {
        sheet.copy(Excel.WorksheetPositionType.after, sheet).name = name;
      },
    },
    ...cellBatches(sheetPlan.cells, snapshot.grid, sheetOf, maxBytes),
    ...sheetPlan.removed.map((column) => removedColumnBatch(column, sheetOf)),
    ...noteBatches(sheetPlan, kind, changes, name, sheetOf),
    { bytes: CALL_OVERHEAD_BYTES, queue: (ctx) => sheetOf(ctx).activate() },
  ];
  const requests = packRequests(batches, maxBytes);
  try {
    await runRequests(context, requests, source);
  } catch (error) {
    throw await rollBack(context, summary, error, nextSheetFailed(name));
  }
  return { status: "added", sheet: name, plan, noteKind: kind, requests: reads + requests.length };
}
