import { areaAddress, cellAddress } from "../../core/grid";
import { ColumnPlan, Highlight } from "../../core/report/columnPlan";
import { WorkbookEditor, WriteOptions } from "./package/editor";
import { CellWrite, SheetEdit, areaOf, styleIndexAt } from "./package/sheetXml";
import { StyleSheet } from "./package/styles";
import { attribute, escapeXml } from "./package/xml";

/** The rows a plan writes, its header included. */
function writesRow(plan: ColumnPlan, row: number): boolean {
  return row >= plan.headerTop && row <= plan.lastRow;
}

/** The cells of a sheet's plans, each with its format: the header's copied, the data's with the column's number format. */
function cellWrites(xml: string, plans: ColumnPlan[], styles: StyleSheet): CellWrite[] {
  const writes: CellWrite[] = [];
  for (const plan of plans) {
    const headerStyle = styleIndexAt(xml, plan.headerStyleFrom.row, plan.headerStyleFrom.col);
    const dataStyle = styleIndexAt(xml, plan.dataStyleFrom.row, plan.dataStyleFrom.col);
    const byCol = new Map(
      plan.columns.map((c) => [c.col, styles.derivedFormat(dataStyle, c.numberFormat, true)])
    );
    for (const cell of plan.cells) {
      const style = cell.row <= plan.headerBottom ? headerStyle : byCol.get(cell.col);
      if (style !== undefined)
        writes.push({ row: cell.row, col: cell.col, value: cell.value, style });
    }
  }
  return writes;
}

/** The colours Taizhang's rules use: a rule set made only of these is Taizhang's own. */
function ownColours(plans: ColumnPlan[]): Set<string> {
  const colours = new Set<string>();
  for (const plan of plans)
    for (const highlight of plan.highlights)
      for (const rule of highlight.rules)
        colours.add(rule.type === "dataBar" ? rule.color : rule.fill);
  return colours;
}

/**
 * Taizhang's highlighting from an earlier run: each range one of the columns written now, each rule
 * in Taizhang's colours. The user's rules (other colours, other columns, wider ranges) stay.
 */
export function isOwnFormatting(
  sqref: string,
  block: string,
  columns: ReadonlySet<number>,
  colours: ReadonlySet<string>,
  styles: StyleSheet
): boolean {
  const areas = sqref.trim().split(/\s+/).map(areaOf);
  if (!areas.every((a) => a !== null && a.left === a.right && columns.has(a.left))) return false;
  const rules = [...block.matchAll(/<(?:\w+:)?cfRule\b[^>]*>([\s\S]*?<\/(?:\w+:)?cfRule>)?/g)];
  return (
    rules.length > 0 &&
    rules.every(([rule]) => {
      const type = attribute(rule, "type");
      if (type === "dataBar") {
        const color = /<(?:\w+:)?color\b[^>]*>/.exec(rule);
        return colours.has((color && attribute(color[0], "rgb")) ?? "");
      }
      const dxf = attribute(rule, "dxfId");
      return dxf !== undefined && colours.has(styles.differentialFill(Number(dxf)) ?? "");
    })
  );
}

/**
 * The rules as spreadsheets store them. Status rules are formula rules comparing the whole cell
 * (`Q5="滞后"`), which Excel, WPS and LibreOffice all evaluate alike; priorities continue after the
 * sheet's other rules, as Excel wants them unique per sheet.
 */
function formattingXml(
  highlight: Highlight,
  firstPriority: number,
  p: string,
  styles: StyleSheet
): string {
  const topLeft = cellAddress(highlight.area.top, highlight.area.left);
  const rules = highlight.rules.map((rule, i) => {
    const priority = firstPriority + i;
    if (rule.type === "dataBar")
      return `<${p}cfRule type="dataBar" priority="${priority}"><${p}dataBar minLength="0" maxLength="100"><${p}cfvo type="num" val="0"/><${p}cfvo type="num" val="1"/><${p}color rgb="${rule.color}"/></${p}dataBar></${p}cfRule>`;
    const dxf = styles.differentialFormat({ fill: rule.fill, font: rule.font });
    return `<${p}cfRule type="expression" dxfId="${dxf}" priority="${priority}"><${p}formula>${escapeXml(`${topLeft}="${rule.text}"`)}</${p}formula></${p}cfRule>`;
  });
  return `<${p}conditionalFormatting sqref="${areaAddress(highlight.area)}">${rules.join("")}</${p}conditionalFormatting>`;
}

function sheetEdit(xml: string, plans: ColumnPlan[], styles: StyleSheet): SheetEdit {
  const colours = ownColours(plans);
  const columns = new Set(plans.flatMap((p) => p.columns.map((c) => c.col)));
  return {
    cells: cellWrites(xml, plans, styles),
    // a width the user gave Taizhang's column in an earlier run is kept
    columns: plans.flatMap((p) =>
      p.columns.map((c) => ({ col: c.col, width: c.width, keepWidth: c.existing }))
    ),
    // merges starting inside the written area are Taizhang's own or empty cells' (fill refuses foreign content)
    unmerge: (area) =>
      plans.some((p) => writesRow(p, area.top) && p.columns.some((c) => c.col === area.left)),
    merges: plans.flatMap((p) => p.merges),
    dropFormatting: (sqref, block) => isOwnFormatting(sqref, block, columns, colours, styles),
    formatting: (firstPriority, prefix) => {
      let priority = firstPriority;
      return plans.flatMap((plan) =>
        plan.highlights.map((highlight) => {
          const xmlText = formattingXml(highlight, priority, prefix, styles);
          priority += highlight.rules.length;
          return xmlText;
        })
      );
    },
  };
}

/**
 * Writes the column plans into a copy of the workbook and returns the copy's bytes: the original
 * package with only the written sheets, their notes and the styles changed (an .xls or .csv becomes
 * an .xlsx first). Every other part is carried over as it was stored.
 */
export function annotateWorkbook(
  bytes: Uint8Array,
  fileName: string,
  plans: ColumnPlan[],
  options: WriteOptions = {}
): Uint8Array {
  const editor = new WorkbookEditor(bytes, fileName, options);
  for (const name of new Set(plans.map((p) => p.sheet))) {
    const sheetPlans = plans.filter((p) => p.sheet === name);
    editor.editSheet(
      name,
      (xml) => sheetEdit(xml, sheetPlans, editor.styles),
      sheetPlans.flatMap((p) => p.notes)
    );
  }
  return editor.toBytes();
}
