import ExcelJS from 'exceljs';
import { Workbook } from '../../src/core/grid';
import { CellFormatState, SheetStyles } from '../excelSimulator';
import { WorkbookName, readShared, sharedPath } from './workbooks';

/**
 * One of the shared workbooks as the Excel simulator holds it: the grids the file host reads (values,
 * formulas, number formats, merges) plus the formats the file carries (fills, fonts, borders,
 * alignment, wrapping) and its column widths, read with ExcelJS. Node only (the simulator is not).
 */
export interface OfficeWorkbook {
  workbook: Workbook;
  styles: Record<string, SheetStyles>;
}

function hex(color: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = color?.argb;
  return typeof argb === 'string' && argb.length >= 6 ? `#${argb.slice(-6).toUpperCase()}` : undefined;
}

const BORDER_STYLES: Record<string, { style: string; weight: string }> = {
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  hair: { style: 'Continuous', weight: 'Hairline' },
  dotted: { style: 'Dot', weight: 'Thin' },
  dashed: { style: 'Dash', weight: 'Thin' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
};

const HORIZONTAL: Record<string, string> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  fill: 'Fill',
  justify: 'Justify',
  centerContinuous: 'CenterAcrossSelection',
  distributed: 'Distributed',
};
const VERTICAL: Record<string, string> = { top: 'Top', middle: 'Center', bottom: 'Bottom', justify: 'Justify', distributed: 'Distributed' };

function formatOf(cell: ExcelJS.Cell): CellFormatState | null {
  const format: CellFormatState = {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const color = hex(fill.fgColor);
    if (color) format.fill = { color };
  }
  const font = cell.font;
  if (font && Object.keys(font).length > 0) {
    format.font = {};
    if (font.name) format.font.name = font.name;
    if (font.size) format.font.size = font.size;
    if (font.bold !== undefined) format.font.bold = font.bold;
    if (font.italic !== undefined) format.font.italic = font.italic;
    if (font.strike !== undefined) format.font.strikethrough = font.strike;
    if (font.underline) format.font.underline = font.underline === 'double' ? 'Double' : 'Single';
    const color = hex(font.color);
    if (color) format.font.color = color;
  }
  const border = cell.border;
  if (border) {
    for (const edge of ['top', 'bottom', 'left', 'right'] as const) {
      const b = border[edge];
      if (!b?.style) continue;
      const style = BORDER_STYLES[b.style] ?? BORDER_STYLES.thin;
      format.borders = { ...format.borders, [edge]: { ...style, color: hex(b.color) ?? '#000000' } };
    }
  }
  const alignment = cell.alignment;
  if (alignment?.horizontal && HORIZONTAL[alignment.horizontal]) format.horizontalAlignment = HORIZONTAL[alignment.horizontal];
  if (alignment?.vertical && VERTICAL[alignment.vertical]) format.verticalAlignment = VERTICAL[alignment.vertical];
  if (alignment?.wrapText) format.wrapText = true;
  return Object.keys(format).length > 0 ? format : null;
}

/** Column width in characters → points, as Excel converts with its default font (7-pixel digits, 5 pixels of padding). */
export function characterWidthToPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}

export async function readOfficeWorkbook(name: WorkbookName): Promise<OfficeWorkbook> {
  const workbook = readShared(name);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(sharedPath(name));
  const styles: Record<string, SheetStyles> = {};
  for (const sheet of book.worksheets) {
    const formats: Record<string, CellFormatState> = {};
    sheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const format = formatOf(cell);
        if (format) formats[cell.address] = format;
      });
    });
    const columnWidths: Record<string, number> = {};
    (sheet.columns ?? []).forEach((column) => {
      if (column.width && column.letter) columnWidths[column.letter] = characterWidthToPoints(column.width);
    });
    styles[sheet.name] = { formats, columnWidths };
  }
  return { workbook, styles };
}
