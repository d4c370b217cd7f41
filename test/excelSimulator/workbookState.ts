/**
 * What the simulated workbook holds: per sheet a sparse grid of cells (value, formula, number format,
 * formats set on the cell), merged areas, notes, conditional formats and column widths; per workbook
 * the add-in's settings and threaded comments. Tests build it from a Workbook of grids (a real file
 * read by the file host) plus formats, and read it back with `dumpSheet`.
 */
import { Area, Workbook, cellAddress, columnIndex, columnLetter, parseAreaAddress } from '../../src/core/grid';
import { intersects, localAddress, subtract } from './addresses';

export type CellValue = string | number | boolean | null;

export interface BorderState {
  style?: string;
  color?: string;
  weight?: string;
}

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right' | 'diagonalDown' | 'diagonalUp';
export const BORDER_EDGES: readonly BorderEdge[] = ['top', 'bottom', 'left', 'right', 'diagonalDown', 'diagonalUp'];

export interface FontState {
  name?: string;
  size?: number;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  strikethrough?: boolean;
}

/** Formats set directly on a cell; what is absent is the Normal style's. */
export interface CellFormatState {
  /** A solid fill of this colour; absent means no fill. */
  fill?: { color: string };
  font?: FontState;
  borders?: Partial<Record<BorderEdge, BorderState>>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
}

export interface CellState {
  /** The value shown (a formula's result); null for a blank cell. */
  value: CellValue;
  /** The formula with its leading `=`. */
  formula?: string;
  error?: boolean;
  /** Absent means General. */
  numberFormat?: string;
  format?: CellFormatState;
}

export type ConditionalFormatKind = 'DataBar' | 'ContainsText';

export interface ConditionalFormatState {
  id: number;
  type: ConditionalFormatKind;
  /** The cells it applies to (it shrinks when part of it is cleared). */
  areas: Area[];
  dataBar?: {
    lowerBoundRule?: { type: string; formula?: string };
    upperBoundRule?: { type: string; formula?: string };
    positiveFillColor?: string;
  };
  textComparison?: {
    rule?: { operator: string; text: string };
    fillColor?: string;
    fontColor?: string;
  };
}

export interface SheetState {
  name: string;
  /** cells[row][col]; missing entries are blank, unformatted cells. */
  cells: (CellState | undefined)[][];
  merges: Area[];
  notes: Map<string, string>;
  conditionalFormats: ConditionalFormatState[];
  /** Column widths set explicitly, in points; other columns have the standard width. */
  columnWidths: Map<number, number>;
  /** Worksheet.standardWidth: characters of the Normal style's font. */
  standardWidth: number;
}

export interface CommentState {
  /** Assigned by the simulator when absent. */
  id?: string;
  sheet: string;
  address: string;
  content: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheet: string;
  /** Workbook.settings: per document, per add-in; values are stored as JSON. */
  settings: Map<string, unknown>;
  comments: CommentState[];
  /** The range the add-in last selected (Range.select), on the active sheet. */
  selection: { sheet: string; address: string } | null;
  /** Runtime.enableEvents as the add-in last set it. */
  enableEvents: boolean;
  nextConditionalFormatId: number;
  nextCommentId: number;
}

/** The Normal style's formats, as getCellProperties reports them for a cell with none of its own. */
export const DEFAULT_FORMAT = {
  fill: { color: '#FFFFFF', pattern: 'None' },
  font: {
    name: '等线',
    size: 11,
    color: '#000000',
    bold: false,
    italic: false,
    underline: 'None',
    strikethrough: false,
  },
  border: { style: 'None', color: '#000000', weight: 'Thin' },
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};

/** 8.43 characters of the default font: 64 pixels, 48 points. */
export const STANDARD_WIDTH_CHARACTERS = 8.43;
export const STANDARD_WIDTH_POINTS = 48;

/** Formats and widths a test adds to a workbook read from grids (grids carry values, formulas and number formats only). */
export interface SheetStyles {
  /** By A1 cell address or area (`A2:N3`): the formats set on those cells. */
  formats?: Record<string, CellFormatState>;
  /** By column letter: the width in points. */
  columnWidths?: Record<string, number>;
  /** By A1 cell address: note text. */
  notes?: Record<string, string>;
  conditionalFormats?: (Omit<ConditionalFormatState, 'id' | 'areas'> & { areas: string[] })[];
}

export interface InitialState {
  activeSheet?: string;
  styles?: Record<string, SheetStyles>;
  settings?: Record<string, unknown>;
  comments?: CommentState[];
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function createWorkbookState(workbook: Workbook, initial: InitialState = {}): WorkbookState {
  if (workbook.sheets.length === 0) throw new Error('the simulated workbook needs a sheet');
  let nextId = 1;
  const sheets = workbook.sheets.map((grid): SheetState => {
    const cells: (CellState | undefined)[][] = [];
    grid.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (!cell) return;
        const state: CellState = { value: cell.value };
        if (cell.formula !== undefined) state.formula = `=${cell.formula}`;
        if (cell.error) state.error = true;
        if (cell.format && cell.format !== 'General') state.numberFormat = cell.format;
        (cells[r] ??= [])[c] = state;
      });
    });
    const sheet: SheetState = {
      name: grid.name,
      cells,
      merges: grid.merges.map((m) => ({ ...m })),
      notes: new Map(),
      conditionalFormats: [],
      columnWidths: new Map(),
      standardWidth: STANDARD_WIDTH_CHARACTERS,
    };
    const styles = initial.styles?.[grid.name];
    for (const [address, format] of Object.entries(styles?.formats ?? {})) {
      const area = parseAreaAddress(address);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = cellAt(sheet, r, c, true);
          cell.format = mergeFormat(cell.format, clone(format));
        }
      }
    }
    for (const [letter, width] of Object.entries(styles?.columnWidths ?? {})) sheet.columnWidths.set(columnIndex(letter), width);
    for (const [address, text] of Object.entries(styles?.notes ?? {})) sheet.notes.set(address, text);
    for (const cf of styles?.conditionalFormats ?? []) {
      sheet.conditionalFormats.push({ ...clone(cf), id: nextId++, areas: cf.areas.map(parseAreaAddress) });
    }
    return sheet;
  });
  const activeSheet = initial.activeSheet ?? sheets[0].name;
  if (!sheets.some((s) => s.name === activeSheet)) throw new Error(`no sheet ${activeSheet}`);
  return {
    sheets,
    activeSheet,
    settings: new Map(Object.entries(clone(initial.settings ?? {}))),
    comments: clone(initial.comments ?? []).map((c, i) => ({ ...c, id: c.id ?? `comment-${i + 1}` })),
    selection: null,
    enableEvents: true,
    nextConditionalFormatId: nextId,
    nextCommentId: (initial.comments?.length ?? 0) + 1,
  };
}

export function sheetNamed(state: WorkbookState, name: string): SheetState | undefined {
  return state.sheets.find((s) => s.name === name);
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState | undefined;
export function cellAt(sheet: SheetState, row: number, col: number, create: true): CellState;
export function cellAt(sheet: SheetState, row: number, col: number, create = false): CellState | undefined {
  const existing = sheet.cells[row]?.[col];
  if (existing || !create) return existing;
  const cell: CellState = { value: null };
  (sheet.cells[row] ??= [])[col] = cell;
  return cell;
}

function isEmptyFormat(format: CellFormatState | undefined): boolean {
  return !format || Object.keys(format).length === 0;
}

/** Whether a cell counts towards the used range: a value, a formula or any format of its own. */
export function cellIsUsed(cell: CellState | undefined): boolean {
  if (!cell) return false;
  return cell.value !== null || cell.formula !== undefined || cell.numberFormat !== undefined || !isEmptyFormat(cell.format);
}

/** Drops the cell when nothing is left in it. */
export function tidyCell(sheet: SheetState, row: number, col: number): void {
  const cell = sheet.cells[row]?.[col];
  if (cell && !cellIsUsed(cell)) delete sheet.cells[row][col];
}

export function mergeFormat(base: CellFormatState | undefined, add: CellFormatState): CellFormatState {
  const out: CellFormatState = clone(base) ?? {};
  if (add.fill) out.fill = { ...add.fill };
  if (add.font) out.font = { ...out.font, ...add.font };
  if (add.borders) {
    out.borders = { ...out.borders };
    for (const edge of BORDER_EDGES) {
      if (add.borders[edge]) out.borders[edge] = { ...out.borders[edge], ...add.borders[edge] };
    }
  }
  if (add.horizontalAlignment !== undefined) out.horizontalAlignment = add.horizontalAlignment;
  if (add.verticalAlignment !== undefined) out.verticalAlignment = add.verticalAlignment;
  if (add.wrapText !== undefined) out.wrapText = add.wrapText;
  return out;
}

/** The formats a cell shows: its own over the Normal style's, in getCellProperties' shape. */
export function effectiveFormat(cell: CellState | undefined) {
  const own = cell?.format ?? {};
  const borders = Object.fromEntries(BORDER_EDGES.map((edge) => [edge, { ...DEFAULT_FORMAT.border, ...own.borders?.[edge] }]));
  return {
    fill: own.fill ? { color: own.fill.color, pattern: 'Solid' } : { ...DEFAULT_FORMAT.fill },
    font: { ...DEFAULT_FORMAT.font, ...own.font },
    borders: borders as Record<BorderEdge, Required<BorderState>>,
    horizontalAlignment: own.horizontalAlignment ?? DEFAULT_FORMAT.horizontalAlignment,
    verticalAlignment: own.verticalAlignment ?? DEFAULT_FORMAT.verticalAlignment,
    wrapText: own.wrapText ?? DEFAULT_FORMAT.wrapText,
  };
}

/** Excel's used range: the smallest area holding every cell with a value or a format (merges count as formats). */
export function usedArea(sheet: SheetState): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  sheet.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cellIsUsed(cell)) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  for (const m of sheet.merges) {
    top = Math.min(top, m.top);
    bottom = Math.max(bottom, m.bottom);
    left = Math.min(left, m.left);
    right = Math.max(right, m.right);
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export function columnWidth(sheet: SheetState, col: number): number {
  return sheet.columnWidths.get(col) ?? STANDARD_WIDTH_POINTS;
}

/** Removes `area` from every conditional format; formats left with no cells go. */
export function clearConditionalFormats(sheet: SheetState, area: Area): void {
  for (const cf of sheet.conditionalFormats) cf.areas = cf.areas.flatMap((a) => subtract(a, area));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
}

export function unmergeArea(sheet: SheetState, area: Area): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
}

/** The merged area a cell lies in, if any. */
export function mergeAt(sheet: SheetState, row: number, col: number): Area | undefined {
  return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}


// ---------------------------------------------------------------------------------------------
// Worksheets added, renamed and deleted

/** Excel's longest sheet name, and the characters a name cannot hold. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;

/** Excel compares sheet names without regard to case. */
export function sheetNameTaken(state: WorkbookState, name: string, except?: SheetState): boolean {
  return state.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
}

/** Why Excel refuses `name` for a sheet, or null when it takes it. */
export function invalidSheetName(name: string): string | null {
  if (name === '' || name.length > MAX_SHEET_NAME) return `a sheet name has 1 to ${MAX_SHEET_NAME} characters: ${JSON.stringify(name)}`;
  if (FORBIDDEN_IN_NAME.test(name)) return `a sheet name cannot hold [ ] : * ? / \\: ${name}`;
  if (name.startsWith("'") || name.endsWith("'")) return `a sheet name cannot begin or end with an apostrophe: ${name}`;
  return null;
}

/** The name Excel gives a copy of `name`: `Sheet1 (2)`, `Sheet1 (3)`… cut to fit 31 characters. */
export function copyName(state: WorkbookState, name: string): string {
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!sheetNameTaken(state, candidate)) return candidate;
  }
}

/** A copy of a sheet under a new name: cells, merges, notes, conditional formats (ids of their own), widths; its comments too. */
export function copySheetState(state: WorkbookState, source: SheetState, name: string): SheetState {
  // map keeps the holes of the sparse rows
  const cells = source.cells.map((row) => row?.map((cell) => clone(cell)));
  for (const comment of state.comments.filter((c) => c.sheet === source.name)) {
    state.comments.push({ id: `comment-${state.nextCommentId++}`, sheet: name, address: comment.address, content: comment.content });
  }
  return {
    name,
    cells,
    merges: source.merges.map((m) => ({ ...m })),
    notes: new Map(source.notes),
    conditionalFormats: source.conditionalFormats.map((cf) => ({ ...clone(cf), id: state.nextConditionalFormatId++ })),
    columnWidths: new Map(source.columnWidths),
    standardWidth: source.standardWidth,
  };
}

/** Renames a sheet, and what refers to it by name: the active sheet, the selection, comments. */
export function renameSheetState(state: WorkbookState, sheet: SheetState, name: string): void {
  const old = sheet.name;
  if (state.activeSheet === old) state.activeSheet = name;
  if (state.selection?.sheet === old) state.selection = { ...state.selection, sheet: name };
  for (const comment of state.comments) if (comment.sheet === old) comment.sheet = name;
  sheet.name = name;
}

/** Deletes a sheet with its comments; the one after it (else before) becomes active if it was. */
export function deleteSheetState(state: WorkbookState, sheet: SheetState): void {
  const index = state.sheets.indexOf(sheet);
  state.sheets.splice(index, 1);
  state.comments = state.comments.filter((c) => c.sheet !== sheet.name);
  if (state.selection?.sheet === sheet.name) state.selection = null;
  if (state.activeSheet === sheet.name) state.activeSheet = state.sheets[Math.min(index, state.sheets.length - 1)].name;
}

// ---------------------------------------------------------------------------------------------
// Reading the simulated workbook back, for assertions

export interface CellDump {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  format: ReturnType<typeof effectiveFormat>;
}

export interface ConditionalFormatDump {
  type: ConditionalFormatKind;
  areas: string[];
  dataBar?: ConditionalFormatState['dataBar'];
  textComparison?: ConditionalFormatState['textComparison'];
}

export interface SheetDump {
  name: string;
  usedRange: string | null;
  /** Every cell with a value, a formula or formats of its own, by A1 address. */
  cells: Record<string, CellDump>;
  merges: string[];
  notes: Record<string, string>;
  comments: Record<string, string>;
  conditionalFormats: ConditionalFormatDump[];
  /** Explicit column widths in points, by column letter; others have the standard width. */
  columnWidths: Record<string, number>;
  standardWidth: number;
}

export function dumpCell(cell: CellState | undefined): CellDump {
  const dump: CellDump = {
    value: cell?.value ?? null,
    numberFormat: cell?.numberFormat ?? 'General',
    format: effectiveFormat(cell),
  };
  if (cell?.formula !== undefined) dump.formula = cell.formula;
  return dump;
}

function sortAreas(areas: Area[]): string[] {
  return [...areas].sort((a, b) => a.top - b.top || a.left - b.left).map(localAddress);
}

export function dumpSheet(state: WorkbookState, name: string): SheetDump {
  const sheet = sheetNamed(state, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const cells: Record<string, CellDump> = {};
  sheet.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cellIsUsed(cell)) cells[cellAddress(r, c)] = dumpCell(cell);
    })
  );
  const used = usedArea(sheet);
  return {
    name,
    usedRange: used ? localAddress(used) : null,
    cells,
    merges: sortAreas(sheet.merges),
    notes: Object.fromEntries([...sheet.notes].sort()),
    comments: Object.fromEntries(
      state.comments.filter((c) => c.sheet === name).map((c) => [c.address, c.content] as [string, string]).sort()
    ),
    conditionalFormats: sheet.conditionalFormats.map((cf) => {
      const dump: ConditionalFormatDump = { type: cf.type, areas: sortAreas(cf.areas) };
      if (cf.dataBar) dump.dataBar = clone(cf.dataBar);
      if (cf.textComparison) dump.textComparison = clone(cf.textComparison);
      return dump;
    }),
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetter(c), w])),
    standardWidth: sheet.standardWidth,
  };
}

export interface WorkbookDump {
  activeSheet: string;
  sheets: SheetDump[];
  settings: Record<string, unknown>;
}

export function dumpWorkbook(state: WorkbookState): WorkbookDump {
  return {
    activeSheet: state.activeSheet,
    sheets: state.sheets.map((s) => dumpSheet(state, s.name)),
    settings: Object.fromEntries([...state.settings].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, clone(v)])),
  };
}
