/**
 * Just enough XML for editing a package's parts in place: attributes of one tag, escaping, and the
 * span of an element found by its local name under the part's own prefix (`<x:row>` in files that
 * prefix every element, `<row>` in most). Never a DOM: a sheet can be tens of megabytes.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** A character XML 1.0 cannot hold at all (a pasted control character); spreadsheets drop them too. */
function notXml(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0xfffe ||
    code === 0xffff
  );
}

function withoutNonXml(text: string): string {
  for (let i = 0; i < text.length; i++)
    if (notXml(text.charCodeAt(i)))
      return [...text].filter((ch) => !notXml(ch.charCodeAt(0))).join("");
  return text;
}

export function escapeXml(text: string): string {
  return withoutNonXml(text).replace(/[&<>"]/g, (ch) => ESCAPES[ch]);
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === "#")
      return String.fromCodePoint(
        entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** An attribute's value in one start tag (unescaped), or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(tag);
  if (!match) return undefined;
  const value = match[1] ?? match[2];
  return value.includes("&") ? unescapeXml(value) : value;
}

/** The start tag with the attribute set (replaced in place, or added before the tag's end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, (_, before: string) => before + quoted);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}=${quoted}${tag.slice(end)}`;
}

/** The prefix a part gives its elements (`x:` for `<x:worksheet …>`), found on its root. */
export function rootPrefix(xml: string, rootName: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${rootName}[\\s>]`).exec(xml);
  return match?.[1] ?? "";
}

/** Where an element lies in a part: its start tag and, unless self-closed, its content and end. */
export interface ElementSpan {
  start: number;
  /** Just past the start tag's `>`. */
  tagEnd: number;
  /** Just past the element's end (the end tag, or the self-closing start tag). */
  end: number;
  selfClosing: boolean;
}

/** The first `<prefix:name …>` at or after `from`, or null. */
export function findElement(
  xml: string,
  qualifiedName: string,
  from = 0,
  until = xml.length
): ElementSpan | null {
  const open = `<${qualifiedName}`;
  for (let at = xml.indexOf(open, from); at >= 0 && at < until; at = xml.indexOf(open, at + 1)) {
    const next = xml.charCodeAt(at + open.length);
    // `<row` must not match `<rowBreaks`: the name ends at a space, `>` or `/`
    if (
      next !== 0x20 &&
      next !== 0x3e &&
      next !== 0x2f &&
      next !== 0x0a &&
      next !== 0x0d &&
      next !== 0x09
    )
      continue;
    const tagEnd = xml.indexOf(">", at) + 1;
    if (tagEnd === 0) return null;
    if (xml.charCodeAt(tagEnd - 2) === 0x2f)
      return { start: at, tagEnd, end: tagEnd, selfClosing: true };
    const close = `</${qualifiedName}>`;
    const closeAt = xml.indexOf(close, tagEnd);
    if (closeAt < 0) return null;
    return { start: at, tagEnd, end: closeAt + close.length, selfClosing: false };
  }
  return null;
}

/** Every `<prefix:name …>` in the range, in order (elements that do not nest in themselves). */
export function findElements(
  xml: string,
  qualifiedName: string,
  from = 0,
  until = xml.length
): ElementSpan[] {
  const spans: ElementSpan[] = [];
  for (let span = findElement(xml, qualifiedName, from, until); span && span.end <= until;) {
    spans.push(span);
    span = findElement(xml, qualifiedName, span.end, until);
  }
  return spans;
}

/** An element's content between its tags ("" when self-closed). */
export function innerXml(xml: string, span: ElementSpan): string {
  if (span.selfClosing) return "";
  return xml.slice(span.tagEnd, xml.lastIndexOf("</", span.end));
}

/**
 * Where to put an element the schema orders among others: before the first of `laterNames` the
 * part holds after `from`, else before the root's end tag.
 */
export function insertionPoint(
  xml: string,
  prefix: string,
  laterNames: readonly string[],
  from: number,
  rootName: string
): number {
  let best = -1;
  for (const name of laterNames) {
    const span = findElement(xml, prefix + name, from);
    if (span && (best < 0 || span.start < best)) best = span.start;
  }
  return best >= 0 ? best : xml.lastIndexOf(`</${prefix}${rootName}>`);
}
