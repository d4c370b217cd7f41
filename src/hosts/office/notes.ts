/** Which cells a write or an undo touches carry a note (or comment), and whether it is Taizhang's. */
import { CommentInfo, NoteKind, sheetOfAddress, stripSheetName } from "./readSheet";
import { NoteChanges, NoteToRemove } from "./writePlan";

const NOTE_PREFIX = "台账助手";

/** Taizhang's notes (and comments) say so first. */
export function isTaizhangNote(content: string): boolean {
  return content.startsWith(NOTE_PREFIX);
}

/** Queues reading which of the cells carry a note (or comment) and whether it is Taizhang's. */
export interface NoteRead {
  kind: NoteKind;
  notes: Map<string, Excel.Note>;
  comments: { info: CommentInfo; location: Excel.Range }[];
}

export function queueNoteRead(
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

export interface ExistingNote {
  taizhang: boolean;
  commentId?: string;
}

/** The notes (or comments) found on the sheet's cells; `isOwn` tells Taizhang's from the user's. */
export function existingNotes(
  read: NoteRead,
  sheetName: string,
  isOwn: (content: string) => boolean = isTaizhangNote
): Map<string, ExistingNote> {
  const found = new Map<string, ExistingNote>();
  for (const [address, note] of read.notes) {
    if (!note.isNullObject) found.set(address, { taizhang: isOwn(note.content) });
  }
  for (const { info, location } of read.comments) {
    if (sheetOfAddress(location.address) !== sheetName) continue;
    found.set(stripSheetName(location.address), {
      taizhang: isOwn(info.content),
      commentId: info.id,
    });
  }
  return found;
}

/** Taizhang's notes on `cells` go; cells with a note of the user's are skipped. */
export function noteChanges(
  existing: Map<string, ExistingNote>,
  cells: Iterable<string>
): NoteChanges {
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
