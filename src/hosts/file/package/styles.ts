import {
  attribute,
  escapeXml,
  findElement,
  findElements,
  insertionPoint,
  rootPrefix,
  withAttribute,
} from "./xml";

/** Number formats every spreadsheet knows by id without a `<numFmt>` (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** The children of styleSheet after cellXfs, in the schema's order: new collections go before them. */
const AFTER_CELL_STYLES = ["dxfs", "tableStyles", "colors", "extLst"];
const AFTER_DXFS = ["tableStyles", "colors", "extLst"];
const AFTER_NUM_FMTS = [
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  ...AFTER_CELL_STYLES,
];

/** A highlighting rule's look: fill and font colours as ARGB. */
export interface DifferentialStyle {
  fill: string;
  font: string;
}

/**
 * `xl/styles.xml` opened for appending: cell formats and highlighting formats are added at the end of
 * their lists (an identical one already there is reused), so every index the sheets use keeps its
 * meaning.
 */
export class StyleSheet {
  private xml: string;
  private readonly prefix: string;
  private changed = false;

  constructor(xml: string) {
    this.xml = xml;
    this.prefix = rootPrefix(xml, "styleSheet");
  }

  /** The styles as text, or null when nothing was added. */
  changedXml(): string | null {
    return this.changed ? this.xml : null;
  }

  private collection(name: string): { items: string[]; span: ReturnType<typeof findElement> } {
    const span = findElement(this.xml, this.prefix + name);
    if (!span) return { items: [], span };
    const child = name === "numFmts" ? "numFmt" : name === "cellXfs" ? "xf" : "dxf";
    const items = findElements(this.xml, this.prefix + child, span.tagEnd, span.end).map((s) =>
      this.xml.slice(s.start, s.end)
    );
    return { items, span };
  }

  /** The number format code of a cell format (`@`, `0.0%`, `General`). */
  numberFormatOf(xfIndex: number): string {
    const xf = this.collection("cellXfs").items[xfIndex] ?? "";
    const id = Number(attribute(xf, "numFmtId") ?? 0);
    const custom = this.collection("numFmts").items.find(
      (f) => Number(attribute(f, "numFmtId")) === id
    );
    if (custom) return attribute(custom, "formatCode") ?? "General";
    return Object.entries(BUILT_IN_FORMATS).find(([, builtIn]) => builtIn === id)?.[0] ?? "General";
  }

  /**
   * The cell format `xfIndex` with another number format, and (for written values) wrapped text
   * centred vertically: the index of an identical format if the sheet has one, else a new one.
   */
  derivedFormat(xfIndex: number, numberFormat: string, wrapped: boolean): number {
    const { items } = this.collection("cellXfs");
    const base =
      items[xfIndex] ??
      items[0] ??
      `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const startTag = base.slice(0, base.indexOf(">") + 1);
    const selfClosed = startTag.endsWith("/>");
    let tag = withAttribute(startTag, "numFmtId", String(this.formatId(numberFormat)));
    tag = withAttribute(tag, "applyNumberFormat", "1");
    let children = selfClosed ? "" : base.slice(startTag.length, base.lastIndexOf("</"));
    if (wrapped) {
      tag = withAttribute(tag, "applyAlignment", "1");
      const alignment = /<(?:\w+:)?alignment\b[^>]*?\/?>(?:[\s\S]*?<\/(?:\w+:)?alignment>)?/.exec(
        children
      );
      const aligned = withAttribute(
        withAttribute(
          alignment
            ? alignment[0].slice(0, alignment[0].indexOf(">") + 1)
            : `<${this.prefix}alignment/>`,
          "wrapText",
          "1"
        ),
        "vertical",
        "center"
      );
      const selfClosedAlignment = aligned.endsWith("/>") ? aligned : aligned.replace(/>$/, "/>");
      children = alignment
        ? children.replace(alignment[0], selfClosedAlignment)
        : selfClosedAlignment + children;
    }
    const open = tag.endsWith("/>") ? tag.slice(0, -2) + ">" : tag;
    const xf = children === "" ? `${open.slice(0, -1)}/>` : `${open}${children}</${this.prefix}xf>`;
    return this.append("cellXfs", xf, AFTER_CELL_STYLES);
  }

  /** A highlighting format (fill and font colour) for a conditional rule. */
  differentialFormat(style: DifferentialStyle): number {
    const p = this.prefix;
    const dxf = `<${p}dxf><${p}font><${p}color rgb="${style.font}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${style.fill}"/></${p}patternFill></${p}fill></${p}dxf>`;
    return this.append("dxfs", dxf, AFTER_DXFS);
  }

  /** The fill colour of a highlighting format (ARGB), for telling Taizhang's rules from the user's. */
  differentialFill(dxfIndex: number): string | undefined {
    const dxf = this.collection("dxfs").items[dxfIndex];
    const color = dxf && /<(?:\w+:)?bgColor\b[^>]*>/.exec(dxf);
    return color ? attribute(color[0], "rgb") : undefined;
  }

  private formatId(code: string): number {
    if (code in BUILT_IN_FORMATS) return BUILT_IN_FORMATS[code];
    const { items } = this.collection("numFmts");
    const same = items.find((f) => attribute(f, "formatCode") === code);
    if (same) return Number(attribute(same, "numFmtId"));
    const id =
      Math.max(
        FIRST_CUSTOM_FORMAT - 1,
        ...items.map((f) => Number(attribute(f, "numFmtId")) || 0)
      ) + 1;
    this.append(
      "numFmts",
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
      AFTER_NUM_FMTS
    );
    return id;
  }

  /** Appends `item` to the collection (created where the schema puts it) unless already there. */
  private append(name: string, item: string, laterNames: readonly string[]): number {
    const { items, span } = this.collection(name);
    const same = items.indexOf(item);
    if (same >= 0) return same;
    const p = this.prefix;
    const count = items.length + 1;
    if (!span) {
      const at = insertionPoint(this.xml, p, laterNames, 0, "styleSheet");
      this.xml = `${this.xml.slice(0, at)}<${p}${name} count="1">${item}</${p}${name}>${this.xml.slice(at)}`;
    } else {
      const startTag = withAttribute(
        this.xml.slice(span.start, span.tagEnd),
        "count",
        String(count)
      );
      const body = span.selfClosing
        ? ""
        : this.xml.slice(span.tagEnd, span.end - `</${p}${name}>`.length);
      const open = startTag.endsWith("/>") ? `${startTag.slice(0, -2)}>` : startTag;
      this.xml = `${this.xml.slice(0, span.start)}${open}${body}${item}</${p}${name}>${this.xml.slice(span.end)}`;
    }
    this.changed = true;
    return count - 1;
  }
}
