import { WorkbookPackage } from "./archive";
import { attribute, escapeXml, findElements, unescapeXml } from "./xml";

/** A relationship of a part, its target resolved to a part name (`xl/comments1.xml`). */
export interface Relationship {
  id: string;
  type: string;
  part: string;
  external: boolean;
}

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TRANSITIONAL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target relative to its source part's folder, as a part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = decodeURI(target);
  if (decoded.startsWith("/")) return decoded.slice(1);
  const folders = sourcePart.split("/").slice(0, -1);
  for (const step of decoded.split("/")) {
    if (step === "..") folders.pop();
    else if (step !== ".") folders.push(step);
  }
  return folders.join("/");
}

/** A part name as a target relative to the source part's folder. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = part.split("/");
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => ".."), ...to.slice(shared)].join("/");
}

export function relationshipsOf(pkg: WorkbookPackage, part: string): Relationship[] {
  const xml = pkg.partText(relationshipsPart(part)) ?? "";
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => {
    const external = attribute(tag, "TargetMode") === "External";
    const target = attribute(tag, "Target") ?? "";
    return {
      id: attribute(tag, "Id") ?? "",
      type: attribute(tag, "Type") ?? "",
      part: external ? target : resolveTarget(part, target),
      external,
    };
  });
}

/** The relationship of the given kind (`comments`, `vmlDrawing`), whatever namespace names its type. */
export function relationshipOfKind(
  relationships: readonly Relationship[],
  kind: string
): Relationship | undefined {
  return relationships.find((r) => !r.external && r.type.endsWith(`/${kind}`));
}

/** Adds a relationship from `part` to `target` and returns its new id. */
export function addRelationship(
  pkg: WorkbookPackage,
  part: string,
  typeBase: string,
  kind: string,
  target: string
): string {
  const relsName = relationshipsPart(part);
  const xml =
    pkg.partText(relsName) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const used = new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const tag = `<Relationship Id="${id}" Type="${typeBase}${kind}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
  const close = xml.lastIndexOf("</");
  const updated =
    close >= 0 && !/<Relationships\b[^>]*\/>/.test(xml)
      ? xml.slice(0, close) + tag + xml.slice(close)
      : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${tag}</Relationships>`);
  pkg.setPart(relsName, updated);
  return id;
}

/** The namespace the package's relationship types use (transitional or strict), ending in `/`. */
export function relationshipTypeBase(pkg: WorkbookPackage, workbookPart: string): string {
  const sheet = relationshipsOf(pkg, workbookPart).find((r) => r.type.endsWith("/worksheet"));
  return sheet ? sheet.type.slice(0, sheet.type.lastIndexOf("/") + 1) : TRANSITIONAL_TYPES;
}

/** The workbook part, as the package's own relationships name it (`xl/workbook.xml` nearly always). */
export function workbookPart(pkg: WorkbookPackage): string {
  const main = relationshipsOf(pkg, "").find((r) => r.type.endsWith("/officeDocument"));
  return main?.part ?? "xl/workbook.xml";
}

/** The worksheet parts by sheet name, in the workbook's order. */
export function worksheetParts(pkg: WorkbookPackage, workbook: string): Map<string, string> {
  const byId = new Map(relationshipsOf(pkg, workbook).map((r) => [r.id, r]));
  const xml = pkg.partText(workbook) ?? "";
  const sheets = new Map<string, string>();
  for (const [tag] of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(tag, "name");
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(tag)?.[1];
    const relationship = id === undefined ? undefined : byId.get(unescapeXml(id));
    if (name !== undefined && relationship?.type.endsWith("/worksheet"))
      sheets.set(name, relationship.part);
  }
  return sheets;
}

const CONTENT_TYPES = "[Content_Types].xml";

function insertIntoTypes(pkg: WorkbookPackage, tag: string): void {
  const xml = pkg.partText(CONTENT_TYPES) ?? "";
  const close = xml.lastIndexOf("</");
  pkg.setPart(CONTENT_TYPES, xml.slice(0, close) + tag + xml.slice(close));
}

/** Declares a new part's content type, unless its extension's default already says it. */
export function declarePart(pkg: WorkbookPackage, part: string, contentType: string): void {
  const xml = pkg.partText(CONTENT_TYPES) ?? "";
  const overrides = findElements(xml, "Override").map((s) => xml.slice(s.start, s.tagEnd));
  if (overrides.some((tag) => attribute(tag, "PartName") === `/${part}`)) return;
  insertIntoTypes(pkg, `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`);
}

/** Declares the content type of an extension (`vml`) when the package has no default for it. */
export function declareExtension(
  pkg: WorkbookPackage,
  extension: string,
  contentType: string
): void {
  const xml = pkg.partText(CONTENT_TYPES) ?? "";
  const defaults = findElements(xml, "Default").map((s) => xml.slice(s.start, s.tagEnd));
  if (defaults.some((tag) => attribute(tag, "Extension")?.toLowerCase() === extension)) return;
  insertIntoTypes(pkg, `<Default Extension="${extension}" ContentType="${contentType}"/>`);
}

/** The first free name of the pattern (`xl/comments{n}.xml`), counting from 1. */
export function freePartName(pkg: WorkbookPackage, pattern: (n: number) => string): string {
  const names = new Set(pkg.names().map((n) => n.toLowerCase()));
  let n = 1;
  while (names.has(pattern(n).toLowerCase())) n++;
  return pattern(n);
}
