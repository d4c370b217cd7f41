import { cellAddress } from "../../../core/grid";
import { WorkbookPackage } from "./archive";
import {
  addRelationship,
  declareExtension,
  declarePart,
  freePartName,
  relationshipOfKind,
  relationshipsOf,
} from "./parts";
import { attribute, escapeXml, findElement, findElements, rootPrefix, unescapeXml } from "./xml";

/** Taizhang's notes start with this, so a later run can tell them from the user's own notes. */
export const NOTE_PREFIX = "台账助手";

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";

const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A note at a cell (0-based), its text plain. */
export interface NoteWrite {
  row: number;
  col: number;
  text: string;
}

/** What the notes of one sheet come to: the sheet needs a `<legacyDrawing>` with this id, or not. */
export interface NotesOutcome {
  legacyDrawing?: string;
}

function plainText(commentXml: string): string {
  return [...commentXml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)]
    .map((m) => unescapeXml(m[1]))
    .join("");
}

function noteShape(id: number, note: NoteWrite, zIndex: number): string {
  const { row, col } = note;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:160pt;height:70pt;z-index:${zIndex};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 16</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

const VML_NAMESPACES: Record<string, string> = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
};

/**
 * The drawing's root with the `v`, `o` and `x` prefixes Taizhang's note boxes use declared: a drawing
 * written by another program may name the same namespaces otherwise (openpyxl: `ns0`, `ns1`).
 */
function withNoteNamespaces(vml: string): string {
  return vml.replace(/<xml\b[^>]*>/, (root) => {
    const missing = Object.entries(VML_NAMESPACES).filter(
      ([prefix]) => !new RegExp(`\\sxmlns:${prefix}\\s*=`).test(root)
    );
    const declarations = missing.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join("");
    return root.replace(/\s*(\/?)>$/, `${declarations}$1>`);
  });
}

function newDrawing(idBlock: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>${NOTE_SHAPE_TYPE}</xml>`
  );
}

/** The note shapes of a drawing, by the cell each is anchored to. */
function noteShapes(vml: string): { start: number; end: number; cell: string }[] {
  const shapes: { start: number; end: number; cell: string }[] = [];
  for (const match of vml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    const xml = match[0];
    if (!/ObjectType\s*=\s*["']Note["']/.test(xml)) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(xml)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(xml)?.[1];
    if (row === undefined || col === undefined) continue;
    shapes.push({
      start: match.index,
      end: match.index + xml.length,
      cell: cellAddress(Number(row), Number(col)),
    });
  }
  return shapes;
}

/** The lowest shape-id block (`o:idmap data`) no drawing of the package uses. */
function freeIdBlock(pkg: WorkbookPackage): number {
  const used = new Set<number>();
  for (const name of pkg.names().filter((n) => /\.vml$/i.test(n)))
    for (const m of (pkg.partText(name) ?? "").matchAll(/<o:idmap\b[^>]*\sdata="([^"]*)"/g))
      for (const n of m[1].split(/[,\s]+/)) used.add(Number(n));
  let block = 1;
  while (used.has(block)) block++;
  return block;
}

/**
 * Writes Taizhang's notes on one sheet: its notes of an earlier run (written under its name, or
 * starting with it) that are not planned again are removed, the planned ones added or updated, and
 * the user's own notes never touched (a cell holding one keeps it; the 校验提示 column carries the
 * message anyway). Adds the notes part and its
 * drawing when the sheet has none.
 */
export function writeNotes(
  pkg: WorkbookPackage,
  sheetPart: string,
  notes: readonly NoteWrite[],
  typeBase: string
): NotesOutcome {
  const relationships = relationshipsOf(pkg, sheetPart);
  const commentsRel = relationshipOfKind(relationships, "comments");
  const drawingRel = relationshipOfKind(relationships, "vmlDrawing");
  const planned = new Map(notes.map((n) => [cellAddress(n.row, n.col), n]));
  const existingXml = commentsRel ? pkg.partText(commentsRel.part) : null;
  if (existingXml === null && planned.size === 0) return {};

  const xml =
    existingXml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${typeBase.includes("purl.oclc.org") ? STRICT_MAIN_NS : MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
  const p = rootPrefix(xml, "comments");
  const authorsSpan = findElement(xml, `${p}authors`);
  const authors = authorsSpan
    ? findElements(xml, `${p}author`, authorsSpan.tagEnd, authorsSpan.end).map((s) =>
        unescapeXml(xml.slice(s.tagEnd, s.end - `</${p}author>`.length))
      )
    : [];
  const listSpan = findElement(xml, `${p}commentList`);
  const comments = listSpan
    ? findElements(xml, `${p}comment`, listSpan.tagEnd, listSpan.end).map((s) =>
        xml.slice(s.start, s.end)
      )
    : [];

  const removed = new Set<string>();
  const updated = new Set<string>();
  const kept: string[] = [];
  const commented = new Set<string>();
  let authorId = authors.indexOf(NOTE_PREFIX);
  const ensureAuthor = (): number => {
    if (authorId < 0) {
      authors.push(NOTE_PREFIX);
      authorId = authors.length - 1;
    }
    return authorId;
  };
  const commentXml = (ref: string, text: string): string =>
    `<${p}comment ref="${ref}" authorId="${ensureAuthor()}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}r></${p}text></${p}comment>`;
  for (const comment of comments) {
    const ref = (attribute(comment, "ref") ?? "").replace(/\$/g, "");
    commented.add(ref);
    // Taizhang's notes: those it wrote under its name, and the finding notes it names at their start
    const own =
      (authorId >= 0 && attribute(comment, "authorId") === String(authorId)) ||
      plainText(comment).startsWith(NOTE_PREFIX);
    const note = planned.get(ref);
    if (own && !note) removed.add(ref);
    else if (own && note) {
      kept.push(commentXml(ref, note.text));
      updated.add(ref);
    } else kept.push(comment);
  }
  const added = [...planned.values()].filter((n) => !commented.has(cellAddress(n.row, n.col)));
  if (removed.size === 0 && updated.size === 0 && added.length === 0) return {};
  for (const note of added) kept.push(commentXml(cellAddress(note.row, note.col), note.text));

  const authorsXml = `<${p}authors>${authors.map((a) => `<${p}author>${escapeXml(a)}</${p}author>`).join("")}</${p}authors>`;
  const listXml = `<${p}commentList>${kept.join("")}</${p}commentList>`;
  let updatedXml = xml;
  if (listSpan)
    updatedXml = updatedXml.slice(0, listSpan.start) + listXml + updatedXml.slice(listSpan.end);
  if (authorsSpan)
    updatedXml =
      updatedXml.slice(0, authorsSpan.start) + authorsXml + updatedXml.slice(authorsSpan.end);
  const commentsPart = commentsRel?.part ?? freePartName(pkg, (n) => `xl/comments${n}.xml`);
  pkg.setPart(commentsPart, updatedXml);
  if (!commentsRel) {
    declarePart(pkg, commentsPart, COMMENTS_TYPE);
    addRelationship(pkg, sheetPart, typeBase, "comments", commentsPart);
  }
  return writeShapes(pkg, sheetPart, drawingRel?.part ?? null, removed, added, typeBase);
}

/** The note boxes in the sheet's legacy drawing: removed notes' boxes dropped, new ones added. */
function writeShapes(
  pkg: WorkbookPackage,
  sheetPart: string,
  drawingPart: string | null,
  removed: ReadonlySet<string>,
  added: readonly NoteWrite[],
  typeBase: string
): NotesOutcome {
  let vml = drawingPart ? (pkg.partText(drawingPart) ?? "") : newDrawing(freeIdBlock(pkg));
  for (const shape of noteShapes(vml).reverse())
    if (removed.has(shape.cell)) vml = vml.slice(0, shape.start) + vml.slice(shape.end);
  if (added.length > 0) {
    vml = withNoteNamespaces(vml);
    if (!vml.includes('id="_x0000_t202"'))
      vml = vml.replace(/<\/xml>\s*$/, `${NOTE_SHAPE_TYPE}</xml>`);
    const ids = [...vml.matchAll(/\sid="_x0000_s(\d+)"/g)].map((m) => Number(m[1]));
    const block = Number(/<o:idmap\b[^>]*\sdata="(\d+)/.exec(vml)?.[1] ?? 1);
    let id = Math.max(block * 1024, ...ids) + 1;
    const shapes = added.map((note, i) => noteShape(id++, note, ids.length + i + 1)).join("");
    vml = vml.replace(/<\/xml>\s*$/, `${shapes}</xml>`);
  }
  if (drawingPart) {
    pkg.setPart(drawingPart, vml);
    return {};
  }
  const part = freePartName(pkg, (n) => `xl/drawings/vmlDrawing${n}.vml`);
  pkg.setPart(part, vml);
  declareExtension(pkg, "vml", VML_TYPE);
  return { legacyDrawing: addRelationship(pkg, sheetPart, typeBase, "vmlDrawing", part) };
}
