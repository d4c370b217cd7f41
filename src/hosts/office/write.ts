import { Area, areaAddress, cellAddress, columnLetter, parseAreaAddress } from "../../core/grid";
import {
  ColumnPlan,
  ColumnPlanOptions,
  columnPlansFor,
  foreignContent,
} from "../../core/report/columnPlan";
import { OfficeCheck } from "./check";
import { NoteRead, existingNotes, noteChanges, queueNoteRead } from "./notes";
import { PriorReader } from "./priorAreas";
import { CommentInfo, SheetSnapshot, noteKind } from "./readSheet";
import { runRequests, stateBatches } from "./requests";
import { sendSlices } from "./slices";
import {
  StateHead,
  WriteRecord,
  compactPlan,
  headFrom,
  headWith,
  loadHead,
  previousWrite,
  newAction,
} from "./state";
import { rollBack } from "./writeFailure";
import { MAX_REQUEST_BYTES, notedCells, packRequests, planArea, planBatches } from "./writePlan";

export type WriteOutcome =
  | { status: "written"; requests: number; columns: string[] }
  | { status: "refused"; cells: string[]; suggestedColumn: string };

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
  const { chunks, summary } = newAction(
    { kind: "write", records },
    records.map((r) => ({
      sheet: r.sheet,
      area: r.area,
      notedCells: r.notedCells,
      noteKind: r.noteKind,
    })),
    [...new Set(reads.plans.flatMap((r) => (r.previous ? [r.previous.action.id] : [])))]
  );
  const { id } = summary;
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
