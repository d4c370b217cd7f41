import {
  Area,
  cellAddress,
  columnLetter,
  parseAreaAddress,
  parseCellAddress,
} from "../../../core/grid";
import {
  ElementSpan,
  attribute,
  escapeXml,
  findElement,
  findElements,
  insertionPoint,
  rootPrefix,
  withAttribute,
} from "./xml";

/**
 * A cell to write (0-based): its format index and a value, a formula with its cached value, or nothing.
 * A write replaces the cell at its place whatever it held: hosts decide what may be written over.
 */
export interface CellWrite {
  row: number;
  col: number;
  /** The format index, or `kept`: the format of the cell written over (none where there was none). */
  style: number | "kept";
  value: string | number | null;
  formula?: string;
  /** The cell taken out of the sheet altogether, its format with it (a column removed). */
  removed?: boolean;
}

/** A column to size (0-based); `keepWidth` leaves a width the sheet already gives it. */
export interface ColumnWidth {
  col: number;
  width: number;
  keepWidth: boolean;
}

/** Everything one write changes in a worksheet part. */
export interface SheetEdit {
  /** In any order: they are put in row and column order on the way in. */
  cells: CellWrite[];
  columns: ColumnWidth[];
  /** Existing merges to undo (Taizhang's own from an earlier run), by their area. */
  unmerge: (area: Area) => boolean;
  merges: Area[];
  /** Existing highlighting blocks to drop (Taizhang's own from an earlier run). */
  dropFormatting: (sqref: string, blockXml: string) => boolean;
  /** New `<conditionalFormatting>` blocks, given the first free rule priority and the part's prefix. */
  formatting: (firstPriority: number, prefix: string) => string[];
  /** The relationship id of a notes drawing the sheet must point at (`<legacyDrawing>`). */
  legacyDrawing?: string;
}

// Children of a worksheet after the ones named, in the schema's order (ECMA-376 CT_Worksheet).
const TAIL_ORDER = [
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

function after(name: string): string[] {
  return TAIL_ORDER.slice(TAIL_ORDER.indexOf(name) + 1);
}

function isNameEnd(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x3e ||
    code === 0x2f ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x09
  );
}

const COLUMN_LETTERS: string[] = [];

/** A cell's address, its column's letters remembered: a write addresses tens of thousands of cells in a few columns. */
function writtenAddress(row: number, col: number): string {
  const letters = (COLUMN_LETTERS[col] ??= columnLetter(col));
  return `${letters}${row + 1}`;
}

/** The XML of one written cell, with the part's prefix; `keptStyle` is the `s` of the cell it replaces. */
function cellXml(write: CellWrite, p: string, keptStyle?: string): string {
  if (write.removed) return "";
  const ref = writtenAddress(write.row, write.col);
  const index = write.style === "kept" ? Number(keptStyle ?? 0) : write.style;
  const style = index > 0 ? ` s="${index}"` : "";
  if (write.formula !== undefined) {
    const cached =
      typeof write.value === "number" && Number.isFinite(write.value)
        ? `<${p}v>${write.value}</${p}v>`
        : "";
    return `<${p}c r="${ref}"${style}><${p}f>${escapeXml(write.formula.replace(/^=/, ""))}</${p}f>${cached}</${p}c>`;
  }
  if (write.value === null || (typeof write.value === "number" && !Number.isFinite(write.value)))
    return `<${p}c r="${ref}"${style}/>`;
  if (typeof write.value === "number")
    return `<${p}c r="${ref}"${style}><${p}v>${write.value}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(write.value)}</${p}t></${p}is></${p}c>`;
}

/** A row's cells rewritten: the writes put in column order among the cells kept. */
function rewriteRowCells(
  content: string,
  row: number,
  writes: CellWrite[],
  p: string
): { xml: string; minCol: number; maxCol: number } {
  const pieces: string[] = [];
  let copied = 0;
  let next = 0;
  let implicitCol = -1;
  let minCol = Infinity;
  let maxCol = -1;
  const open = `<${p}c`;
  const close = `</${p}c>`;
  for (let at = content.indexOf(open); at >= 0; at = content.indexOf(open, at + 1)) {
    if (!isNameEnd(content.charCodeAt(at + open.length))) continue;
    const tagEnd = content.indexOf(">", at) + 1;
    const selfClosed = content.charCodeAt(tagEnd - 2) === 0x2f;
    const end = selfClosed ? tagEnd : content.indexOf(close, tagEnd) + close.length;
    let tag = content.slice(at, tagEnd);
    const ref = attribute(tag, "r");
    const col = ref ? parseCellAddress(ref).col : implicitCol + 1;
    implicitCol = col;
    while (next < writes.length && writes[next].col < col) pieces.push(cellXml(writes[next++], p));
    const replaced = next < writes.length && writes[next].col === col;
    pieces.push(content.slice(copied, at));
    if (replaced) pieces.push(cellXml(writes[next++], p, attribute(tag, "s")));
    else {
      // a cell placed by position only would move if a cell were inserted before it
      if (!ref) tag = withAttribute(tag, "r", cellAddress(row, col));
      pieces.push(
        tag === content.slice(at, tagEnd)
          ? content.slice(at, end)
          : tag + content.slice(tagEnd, end)
      );
    }
    minCol = Math.min(minCol, col);
    maxCol = Math.max(maxCol, col);
    copied = end;
    at = end - 1;
  }
  const rest = writes.slice(next).map((w) => cellXml(w, p));
  pieces.push(content.slice(copied));
  // cells go before anything else a row may hold after them (an extLst)
  const tail = pieces.pop() ?? "";
  const firstElement = tail.search(/<[A-Za-z]/);
  const before = firstElement < 0 ? tail : tail.slice(0, firstElement);
  const afterCells = firstElement < 0 ? "" : tail.slice(firstElement);
  for (const w of writes) {
    if (w.removed) continue;
    minCol = Math.min(minCol, w.col);
    maxCol = Math.max(maxCol, w.col);
  }
  return { xml: pieces.join("") + before + rest.join("") + afterCells, minCol, maxCol };
}

/** A row the sheet did not have; none when its writes only remove cells. */
function rowXml(row: number, writes: CellWrite[], p: string): string {
  if (writes.every((w) => w.removed)) return "";
  return `<${p}row r="${row + 1}">${writes.map((w) => cellXml(w, p)).join("")}</${p}row>`;
}

/** `spans="1:7"` widened to take in the written columns (1-based, as the attribute counts). */
function widenedSpans(tag: string, minCol: number, maxCol: number): string {
  const spans = attribute(tag, "spans");
  if (!spans || maxCol < 0) return tag;
  const [low, high] = spans.split(":").map(Number);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return tag;
  return withAttribute(tag, "spans", `${Math.min(low, minCol + 1)}:${Math.max(high, maxCol + 1)}`);
}

/** The writes by row, each row's in column order. */
function groupByRow(cells: CellWrite[]): Map<number, CellWrite[]> {
  const rows = new Map<number, CellWrite[]>();
  for (const cell of cells) {
    const row = rows.get(cell.row);
    if (row) row.push(cell);
    else rows.set(cell.row, [cell]);
  }
  for (const row of rows.values()) if (row.length > 1) row.sort((a, b) => a.col - b.col);
  return rows;
}

/** The sheet data with the writes merged in: one pass over the rows, untouched rows copied as they are. */
function editSheetData(
  xml: string,
  span: ElementSpan,
  cells: CellWrite[],
  p: string,
  out: string[]
): void {
  if (cells.length === 0) {
    out.push(xml.slice(span.start, span.end));
    return;
  }
  const byRow = groupByRow(cells);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let next = 0;
  const open = `<${p}row`;
  const close = `</${p}row>`;
  const contentEnd = span.selfClosing ? span.end : span.end - `</${p}sheetData>`.length;
  if (span.selfClosing) {
    out.push(`<${p}sheetData>`);
  } else out.push(xml.slice(span.start, span.tagEnd));
  let copied = span.selfClosing ? span.end : span.tagEnd;
  let implicitRow = -1;
  for (
    let at = span.selfClosing ? -1 : xml.indexOf(open, span.tagEnd);
    at >= 0 && at < contentEnd;
    at = xml.indexOf(open, at + 1)
  ) {
    if (!isNameEnd(xml.charCodeAt(at + open.length))) continue;
    const tagEnd = xml.indexOf(">", at) + 1;
    const selfClosed = xml.charCodeAt(tagEnd - 2) === 0x2f;
    const end = selfClosed ? tagEnd : xml.indexOf(close, tagEnd) + close.length;
    const tag = xml.slice(at, tagEnd);
    const rowAttribute = attribute(tag, "r");
    const row = rowAttribute ? Number(rowAttribute) - 1 : implicitRow + 1;
    implicitRow = row;
    const inserting = next < pending.length && pending[next] < row;
    const writes = byRow.get(row);
    if (inserting || writes || !rowAttribute) out.push(xml.slice(copied, at));
    while (next < pending.length && pending[next] < row)
      out.push(rowXml(pending[next], byRow.get(pending[next++]) ?? [], p));
    if (writes) {
      next++;
      const content = selfClosed ? "" : xml.slice(tagEnd, end - close.length);
      const rewritten = rewriteRowCells(content, row, writes, p);
      let startTag = widenedSpans(tag, rewritten.minCol, rewritten.maxCol);
      if (!rowAttribute) startTag = withAttribute(startTag, "r", String(row + 1));
      const openTag = startTag.endsWith("/>") ? `${startTag.slice(0, -2)}>` : startTag;
      out.push(openTag, rewritten.xml, close);
      copied = end;
    } else if (inserting || !rowAttribute) {
      out.push(
        rowAttribute
          ? xml.slice(at, end)
          : withAttribute(tag, "r", String(row + 1)) + xml.slice(tagEnd, end)
      );
      copied = end;
    }
    at = end - 1;
  }
  out.push(xml.slice(copied, contentEnd));
  while (next < pending.length)
    out.push(rowXml(pending[next], byRow.get(pending[next++]) ?? [], p));
  out.push(`</${p}sheetData>`);
}

/** `<cols>` with each written column given its width, splitting a range that covers it. */
function editColumns(cols: string, columns: ColumnWidth[], p: string): string {
  interface Col {
    min: number;
    max: number;
    tag: string;
  }
  let list: Col[] = [...cols.matchAll(new RegExp(`<${p}col\\b[^>]*>`, "g"))].map(([tag]) => ({
    min: Number(attribute(tag, "min")),
    max: Number(attribute(tag, "max")),
    tag: tag.endsWith("/>") ? tag : `${tag.slice(0, -1)}/>`,
  }));
  for (const column of columns) {
    const index = column.col + 1;
    const covering = list.find((c) => c.min <= index && index <= c.max);
    if (covering && column.keepWidth && attribute(covering.tag, "width") !== undefined) continue;
    const set = (tag: string): string =>
      withAttribute(withAttribute(tag, "width", String(column.width)), "customWidth", "1");
    const own = (min: number, max: number, tag: string): Col => ({
      min,
      max,
      tag: withAttribute(withAttribute(tag, "min", String(min)), "max", String(max)),
    });
    if (!covering) {
      list.push({ min: index, max: index, tag: set(`<${p}col min="${index}" max="${index}"/>`) });
      continue;
    }
    const pieces: Col[] = [];
    if (covering.min < index) pieces.push(own(covering.min, index - 1, covering.tag));
    pieces.push(own(index, index, set(covering.tag)));
    if (covering.max > index) pieces.push(own(index + 1, covering.max, covering.tag));
    list = list.flatMap((c) => (c === covering ? pieces : [c]));
  }
  list.sort((a, b) => a.min - b.min);
  return list.map((c) => c.tag).join("");
}

/** `<dimension ref>` widened to take in the written cells. */
function widenedDimension(tag: string, cells: CellWrite[]): string {
  const ref = attribute(tag, "ref");
  if (!ref || cells.length === 0) return tag;
  let area: Area;
  try {
    area = parseAreaAddress(ref.replace(/\$/g, ""));
  } catch {
    return tag;
  }
  for (const cell of cells) {
    if (cell.removed) continue;
    area = {
      top: Math.min(area.top, cell.row),
      left: Math.min(area.left, cell.col),
      bottom: Math.max(area.bottom, cell.row),
      right: Math.max(area.right, cell.col),
    };
  }
  const from = cellAddress(area.top, area.left);
  const to = cellAddress(area.bottom, area.right);
  return withAttribute(tag, "ref", from === to ? from : `${from}:${to}`);
}

/** A range as an area; null for what is no cell range (`A:A`, `3:3`). */
export function areaOf(ref: string): Area | null {
  try {
    return parseAreaAddress(ref.replace(/\$/g, ""));
  } catch {
    return null;
  }
}

/** Everything after the sheet data: merges, highlighting, the notes drawing. */
function editTail(tail: string, edit: SheetEdit, p: string, relationships: string): string {
  let xml = tail;
  const mergeSpan = findElement(xml, `${p}mergeCells`);
  const kept = mergeSpan
    ? findElements(xml, `${p}mergeCell`, mergeSpan.tagEnd, mergeSpan.end)
        .map((s) => xml.slice(s.start, s.end))
        .filter((tag) => {
          const area = areaOf(attribute(tag, "ref") ?? "");
          return area === null || !edit.unmerge(area);
        })
    : [];
  const added = edit.merges.map((area) => {
    const ref =
      area.top === area.bottom && area.left === area.right
        ? cellAddress(area.top, area.left)
        : `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;
    return `<${p}mergeCell ref="${ref}"/>`;
  });
  const merges = [...kept, ...added];
  const mergeXml =
    merges.length === 0
      ? ""
      : `<${p}mergeCells count="${merges.length}">${merges.join("")}</${p}mergeCells>`;
  if (mergeSpan) xml = xml.slice(0, mergeSpan.start) + mergeXml + xml.slice(mergeSpan.end);
  else if (mergeXml) {
    const at = insertionPoint(xml, p, after("mergeCells"), 0, "worksheet");
    xml = xml.slice(0, at) + mergeXml + xml.slice(at);
  }

  const blocks = findElements(xml, `${p}conditionalFormatting`);
  for (const block of [...blocks].reverse()) {
    const blockXml = xml.slice(block.start, block.end);
    if (
      edit.dropFormatting(
        attribute(blockXml.slice(0, block.tagEnd - block.start), "sqref") ?? "",
        blockXml
      )
    )
      xml = xml.slice(0, block.start) + xml.slice(block.end);
  }
  const priorities = [...xml.matchAll(/\spriority="(\d+)"/g)].map((m) => Number(m[1]));
  const formatting = edit.formatting(Math.max(0, ...priorities) + 1, p).join("");
  if (formatting) {
    const remaining = findElements(xml, `${p}conditionalFormatting`);
    const at =
      remaining.length > 0
        ? remaining[remaining.length - 1].end
        : insertionPoint(xml, p, after("conditionalFormatting"), 0, "worksheet");
    xml = xml.slice(0, at) + formatting + xml.slice(at);
  }

  if (edit.legacyDrawing && !findElement(xml, `${p}legacyDrawing`)) {
    const at = insertionPoint(xml, p, after("legacyDrawing"), 0, "worksheet");
    xml = `${xml.slice(0, at)}<${p}legacyDrawing ${relationships}:id="${edit.legacyDrawing}"/>${xml.slice(at)}`;
  }
  return xml;
}

/** The relationships namespace prefix the worksheet declares (`r` nearly always). */
export function relationshipsPrefix(xml: string): string | null {
  const match =
    /xmlns:(\w+)="http:\/\/(?:schemas\.openxmlformats\.org\/officeDocument\/2006|purl\.oclc\.org\/ooxml\/officeDocument)\/relationships"/.exec(
      xml
    );
  return match?.[1] ?? null;
}

/**
 * Applies a write to a worksheet part in one pass: the dimension and column widths before the sheet
 * data, the cells merged into their rows, then merges, highlighting and the notes drawing after it.
 * Every other byte of the part is kept as it was.
 */
export function editWorksheet(xml: string, edit: SheetEdit): string {
  const p = rootPrefix(xml, "worksheet");
  const dataSpan = findElement(xml, `${p}sheetData`);
  if (!dataSpan) throw new Error("worksheet has no sheetData");
  let head = xml.slice(0, dataSpan.start);
  const dimension = findElement(head, `${p}dimension`);
  if (dimension)
    head =
      head.slice(0, dimension.start) +
      widenedDimension(head.slice(dimension.start, dimension.end), edit.cells) +
      head.slice(dimension.end);
  if (edit.columns.length > 0) {
    const cols = findElement(head, `${p}cols`);
    if (cols) {
      const inner = cols.selfClosing
        ? ""
        : head.slice(cols.tagEnd, cols.end - `</${p}cols>`.length);
      const openTag = cols.selfClosing ? `<${p}cols>` : head.slice(cols.start, cols.tagEnd);
      head = `${head.slice(0, cols.start)}${openTag}${editColumns(inner, edit.columns, p)}</${p}cols>${head.slice(cols.end)}`;
    } else head += `<${p}cols>${editColumns("", edit.columns, p)}</${p}cols>`;
  }
  const out: string[] = [head];
  editSheetData(xml, dataSpan, edit.cells, p, out);
  const declared = relationshipsPrefix(xml);
  if (edit.legacyDrawing && declared === null)
    out[0] = out[0].replace(
      new RegExp(`<${p}worksheet\\b`),
      `$& xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
    );
  const tail = editTail(xml.slice(dataSpan.end), edit, p, declared ?? "r");
  out.push(tail);
  return out.join("");
}

/** The format index of one cell (0 when the cell or its `s` is missing), found by walking the rows to it. */
export function styleIndexAt(xml: string, row: number, col: number): number {
  const p = rootPrefix(xml, "worksheet");
  const data = findElement(xml, `${p}sheetData`);
  if (!data || data.selfClosing) return 0;
  let implicitRow = -1;
  for (
    let span = findElement(xml, `${p}row`, data.tagEnd, data.end);
    span;
    span = findElement(xml, `${p}row`, span.end, data.end)
  ) {
    const tag = xml.slice(span.start, span.tagEnd);
    const r = attribute(tag, "r");
    const rowIndex = r ? Number(r) - 1 : implicitRow + 1;
    implicitRow = rowIndex;
    if (rowIndex < row) continue;
    if (rowIndex > row) return 0;
    let implicitCol = -1;
    for (const cell of findElements(xml, `${p}c`, span.tagEnd, span.end)) {
      const cellTag = xml.slice(cell.start, cell.tagEnd);
      const ref = attribute(cellTag, "r");
      const c = ref ? parseCellAddress(ref).col : implicitCol + 1;
      implicitCol = c;
      if (c === col) return Number(attribute(cellTag, "s") ?? 0);
    }
    // a row's own format applies to its empty cells
    return attribute(tag, "customFormat") === "1" ? Number(attribute(tag, "s") ?? 0) : 0;
  }
  return 0;
}
