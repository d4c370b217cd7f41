import { cellAddress, columnLetter, parseAreaAddress } from "../../core/grid";
import { TEXT_FORMAT } from "../../core/report/columnPlan";
import { ExistingNote, NoteRead, existingNotes, noteChanges, queueNoteRead } from "./notes";
import { CommentInfo, noteKind } from "./readSheet";
import { headBatch, runRequests } from "./requests";
import {
  ActionSummary,
  AddedSheetRecord,
  FixRecord,
  PriorArea,
  StateAction,
  WriteRecord,
  actionFrom,
  expandPlan,
  headFrom,
  headWithout,
  lastUndoable,
  loadChunks,
  loadHead,
  previousWrite,
} from "./state";
import {
  Batch,
  CALL_OVERHEAD_BYTES,
  literal,
  packRequests,
  planBatches,
  queueRemoveNotes,
  utf8Bytes,
} from "./writePlan";

/** Settings chunks read back per request (each up to ~1.2 MB). */
const CHUNKS_PER_REQUEST = 2;

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
 * writes again the earlier Taizhang columns it had replaced. Fixes: puts the typed totals back. Next
 * period's sheet: deletes it. Resolves to the kind of action taken back, or null when there is
 * nothing to undo.
 */
/** The action an undo took back: its kind, and for next period's sheet the sheet it deleted. */
export type UndoneAction = { kind: "write" | "fix" } | { kind: "next"; sheet: string };

export async function undoLastAction(context: Excel.RequestContext): Promise<UndoneAction | null> {
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
    return { kind: "fix" };
  }
  if (action.kind === "next") {
    await runRequests(context, [[removeSheetBatch(action), headBatch(remaining, dropped)]]);
    return { kind: "next", sheet: action.sheet };
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
  return { kind: "write" };
}

/**
 * Deletes a sheet Taizhang added, back on the sheet it was copied from; a sheet no longer there (the
 * user deleted it) is a null object, and deleting it does nothing.
 */
function removeSheetBatch(added: AddedSheetRecord): Batch {
  return {
    bytes: CALL_OVERHEAD_BYTES * 4,
    queue: (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItemOrNullObject(added.source).activate();
      sheets.getItemOrNullObject(added.sheet).delete();
    },
  };
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
