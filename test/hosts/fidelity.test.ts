import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cellAddress } from '../../src/core/grid';
import { ColumnPlan } from '../../src/core/report/columnPlan';
import { annotateWorkbook } from '../../src/hosts/file/annotate';
import { fillWorkbook } from '../../src/hosts/file/fill';
import { readWorkbookBytes } from '../../src/hosts/file/readWorkbook';
import { firstWorksheet, libreOfficeCsv, packageParts, partText, sheetPieces, undeclaredPrefixes, usedExtent } from '../helpers/packageParts';

const FIDELITY = join(__dirname, '../../../shared/fidelity');
const GENERIC = join(FIDELITY, 'generic');
const LEDGERS = join(FIDELITY, 'ledgers');
const WORKBOOKS = join(__dirname, '../../../shared/workbooks');
const AS_OF = { today: '2025-06-30', asOf: '2025-06-30' };

const genericFiles = readdirSync(GENERIC).filter((f) => /\.xls[xm]$/.test(f)).sort();
const ledgerFiles = readdirSync(LEDGERS).filter((f) => f.endsWith('.xlsx')).sort();

/** The test's own plan: three columns right of the first sheet's used range, a note and a highlighting rule. */
function ownPlan(sheet: string, extent: { rows: number; cols: number }): ColumnPlan {
  const left = extent.cols;
  const top = 0;
  const bottom = Math.max(extent.rows - 1, 3);
  const columns = [0, 1, 2].map((i) => ({
    key: (['completion', 'status', 'notes'] as const)[i],
    col: left + i,
    header: ['完成率', '进度状态', '校验提示'][i],
    numberFormat: ['0.0%', '@', '@'][i],
    width: [10, 12, 42][i],
    existing: false,
  }));
  const cells = columns.flatMap((c, i) =>
    Array.from({ length: bottom - top + 1 }, (_, r) => ({
      row: top + r,
      col: c.col,
      value: r === 0 ? c.header : i === 0 ? r / 10 : i === 1 ? (r % 2 ? '滞后' : '正常推进') : `=第 ${r} 行 <说明> & "引号"`,
    }))
  );
  return {
    sheet,
    headerTop: top,
    headerBottom: top,
    headerStyleFrom: { row: 0, col: 0 },
    dataStyleFrom: { row: Math.min(1, bottom), col: 0 },
    firstRow: top + 1,
    lastRow: bottom,
    columns,
    kept: [],
    cells,
    merges: [],
    highlights: [
      {
        key: 'status',
        area: { top: top + 1, left: left + 1, bottom, right: left + 1 },
        rules: [{ type: 'textEquals', text: '滞后', fill: 'FFFFEB9C', font: 'FF9C5700' }],
      },
      { key: 'completion', area: { top: top + 1, left, bottom, right: left }, rules: [{ type: 'dataBar', color: 'FF63BE7B' }] },
    ],
    notes: [{ row: top + 1, col: left + 2, text: '台账助手 测试批注' }],
  };
}

/** Parts a write may change: the sheet, its relationships, notes and drawing, the styles and the content types. */
function mayChange(name: string, sheetPart: string, parts: Record<string, Uint8Array>): boolean {
  const rels = sheetPart.replace(/([^/]+)$/, '_rels/$1.rels');
  if ([sheetPart, rels, 'xl/styles.xml', '[Content_Types].xml'].includes(name)) return true;
  const targets = [...partText(parts, rels).matchAll(/Target="([^"]*)"/g)].map((m) => m[1].replace(/^\.\.\//, 'xl/').replace(/^\//, ''));
  return /comment|vml/i.test(name) && targets.includes(name);
}

/** Every part the write did not have to change is byte-identical; the written sheet keeps every original piece. */
function expectKept(before: Uint8Array, after: Uint8Array, written: ColumnPlan[]): string {
  const original = packageParts(before);
  const copy = packageParts(after);
  const { part } = firstWorksheetOf(original, written[0].sheet);
  const changed: string[] = [];
  for (const name of Object.keys(original)) {
    expect([name, name in copy]).toEqual([name, true]);
    const same = Buffer.from(original[name]).equals(Buffer.from(copy[name]));
    if (!same) changed.push(name);
    if (!mayChange(name, part, copy)) expect([name, same]).toEqual([name, true]);
  }
  // every part written or added names only namespaces it declares
  for (const name of Object.keys(copy).filter((n) => /\.(xml|vml|rels)$/.test(n)))
    if (!(name in original) || changed.includes(name)) expect([name, undeclaredPrefixes(partText(copy, name))]).toEqual([name, []]);
  const was = sheetPieces(partText(original, part));
  const now = sheetPieces(partText(copy, part));
  const writtenCols = new Set(written.flatMap((p) => p.columns.map((c) => c.col)));
  for (const [ref, xml] of was.cells) {
    const col = /^[A-Z]+/.exec(ref)?.[0] ?? '';
    const index = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (!writtenCols.has(index)) expect([ref, now.cells.get(ref)]).toEqual([ref, xml]);
  }
  for (const [r, attrs] of was.rows) {
    const { spans: _spans, ...kept } = attrs;
    const { spans: _newSpans, ...keptNow } = now.rows.get(r) ?? {};
    expect([r, keptNow]).toEqual([r, kept]);
  }
  for (const merge of was.merges) expect(now.merges.has(merge)).toBe(true);
  for (const [c, attrs] of was.cols) if (!writtenCols.has(c - 1)) expect([c, now.cols.get(c)]).toEqual([c, attrs]);
  expect(now.rest).toEqual(was.rest);
  return part;
}

function firstWorksheetOf(parts: Record<string, Uint8Array>, sheet: string): { part: string } {
  const first = firstWorksheet(parts);
  if (first.name !== sheet) throw new Error(`plan for ${sheet}, first sheet ${first.name}`);
  return first;
}

describe('the annotated copy of a real file keeps every part', () => {
  const written = new Map<string, { before: Uint8Array; after: Uint8Array; cols: number }>();

  it.each(genericFiles)('%s: other parts byte for byte, the sheet’s own cells, rows, merges and columns as they were', (file) => {
    const before = new Uint8Array(readFileSync(join(GENERIC, file)));
    const parts = packageParts(before);
    const sheet = firstWorksheet(parts);
    const extent = usedExtent(partText(parts, sheet.part));
    const plan = ownPlan(sheet.name, extent);
    const after = annotateWorkbook(before, file, [plan]);
    expectKept(before, after, [plan]);
    written.set(file, { before, after, cols: extent.cols });
    // the new cells read back as written, through SheetJS
    const grid = readWorkbookBytes(after, file).sheets.find((s) => s.name === sheet.name);
    const [header, firstValue, note] = [plan.cells[0], plan.cells[1], plan.cells[plan.cells.length - 1]];
    expect(grid?.cells[header.row]?.[header.col]?.value).toBe('完成率');
    expect(grid?.cells[firstValue.row]?.[firstValue.col]?.value).toBeCloseTo(0.1);
    expect(grid?.cells[note.row]?.[note.col]?.value).toBe(note.value);
    // the note and the rule are there
    const copy = packageParts(after);
    const comments = Object.keys(copy).filter((n) => /comments\d*\.xml$/.test(n)).map((n) => partText(copy, n));
    expect(comments.some((c) => c.includes(`ref="${cellAddress(1, plan.columns[2].col)}"`) && c.includes('台账助手 测试批注'))).toBe(true);
    expect(partText(copy, sheet.part)).toMatch(/<(\w+:)?conditionalFormatting sqref="[A-Z]+2:[A-Z]+\d+"><(\w+:)?cfRule type="expression"/);
  });

  it('keeps a macro workbook’s macros, chart sheets and dialog sheets, and its extension', () => {
    const before = new Uint8Array(readFileSync(join(GENERIC, 'BlankSheetTypes.xlsm')));
    const parts = packageParts(before);
    const sheet = firstWorksheet(parts);
    const after = annotateWorkbook(before, 'BlankSheetTypes.xlsm', [ownPlan(sheet.name, usedExtent(partText(parts, sheet.part)))]);
    const copy = packageParts(after);
    expect(copy['xl/vbaProject.bin']).toEqual(parts['xl/vbaProject.bin']);
    expect(Object.keys(copy).filter((n) => /chartsheets|dialogsheets|macrosheets/.test(n)).sort()).toEqual(
      Object.keys(parts).filter((n) => /chartsheets|dialogsheets|macrosheets/.test(n)).sort()
    );
    expect(partText(copy, '[Content_Types].xml')).toContain('macroEnabled');
  });

  it('opens in LibreOffice Calc, every original column reading back as in the original', () => {
    const files = genericFiles.filter((f) => written.has(f));
    expect(files.length).toBe(genericFiles.length);
    const csv = libreOfficeCsv(files.flatMap((f) => [
      { name: `before-${f}`, bytes: written.get(f)!.before },
      { name: `after-${f}`, bytes: written.get(f)!.after },
    ]));
    for (const file of files) {
      const before = csv.get(`before-${file}`);
      const after = csv.get(`after-${file}`);
      if (before === null) continue; // a file LibreOffice cannot open as it is says nothing of the copy
      expect([file, after === null]).toEqual([file, false]);
      // the original's own columns: the written ones come after them
      const width = written.get(file)!.cols;
      const original = (before ?? []).map((r) => r.slice(0, width).join('\u0001').replace(/\u0001+$/, ''));
      const kept = (after ?? []).slice(0, original.length).map((r) => r.slice(0, width).join('\u0001').replace(/\u0001+$/, ''));
      expect([file, kept]).toEqual([file, original]);
    }
  }, 600_000);
});

describe('taizhang fill on ledgers other programs saved', () => {
  const reference = (() => {
    const bytes = new Uint8Array(readFileSync(join(WORKBOOKS, 'lianshui-2024-projects.xlsx')));
    return fillWorkbook(bytes, 'lianshui-2024-projects.xlsx', AS_OF).plans;
  })();
  const copies = new Map<string, { before: Uint8Array; after: Uint8Array }>();

  it.each(ledgerFiles)('%s: succeeds, keeps every other part, and writes the columns lianshui gets', (file) => {
    const before = new Uint8Array(readFileSync(join(LEDGERS, file)));
    const filled = fillWorkbook(before, file, AS_OF);
    expect(filled.bytes).not.toBeNull();
    const after = filled.bytes!;
    expect(filled.plans.map((p) => p.columns.map((c) => [c.col, c.header]))).toEqual(
      reference.map((p) => p.columns.map((c) => [c.col, c.header]))
    );
    expectKept(before, after, filled.plans);
    const grid = readWorkbookBytes(after, file).sheets.find((s) => s.name === filled.plans[0].sheet)!;
    for (const column of filled.plans[0].columns)
      expect(grid.cells[filled.plans[0].headerTop]?.[column.col]?.value).toBe(column.header);
    copies.set(file, { before, after });
  });

  it('opens each copy in LibreOffice Calc with every original column as it was', () => {
    expect(copies.size).toBe(ledgerFiles.length);
    const csv = libreOfficeCsv([...copies].flatMap(([f, c]) => [
      { name: `before-${f}`, bytes: c.before },
      { name: `after-${f}`, bytes: c.after },
    ]));
    for (const file of copies.keys()) {
      const before = csv.get(`before-${file}`)!;
      const after = csv.get(`after-${file}`);
      expect([file, after === null]).toEqual([file, false]);
      const width = Math.max(...before.map((r) => r.length));
      expect([file, after!.map((r) => r.slice(0, width))]).toEqual([file, before.map((r) => r.slice(0, width))]);
      // the new columns are there too
      expect(after!.some((r) => r.includes('进度状态'))).toBe(true);
    }
  }, 600_000);
});
