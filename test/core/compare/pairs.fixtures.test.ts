import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { Workbook, cellText, getCell, parseCellAddress } from '../../../src/core/grid';
import { WorkbookModel } from '../../../src/core/model/workbookModel';
import { readWorkbookFile } from '../../../src/hosts/file/node';
import { TEST_TODAY } from '../../helpers/check';
import { WORKBOOK_FILES, WorkbookName, readShared } from '../../helpers/workbooks';

/** The pairs of test/fixtures/compare: only that the fixtures say what their files hold; the compare engine's own test reads the same truths. */
const DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'compare');

interface Entry {
  note?: string;
  code?: string;
  what?: string;
  sheet: string;
  cell: string;
  lastRow?: number;
  name?: string;
  lastValue?: string | number | null;
  thisValue?: string | number | null;
}

interface Truth {
  last: string;
  this: string;
  lastSheet: string;
  thisSheet: string;
  planted: Entry[];
  noFinding: Entry[];
}

const NAMES = Object.keys(WORKBOOK_FILES) as WorkbookName[];

function readTruth(name: WorkbookName): Truth {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.truth.json`), 'utf8')) as Truth;
}

function textAt(workbook: Workbook, sheet: string, a1: string): string {
  const grid = workbook.sheets.find((g) => g.name === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseCellAddress(a1);
  return cellText(getCell(grid, row, col));
}

function rowOf(a1: string): number {
  return parseCellAddress(a1).row;
}

function itemRows(model: WorkbookModel): Set<number> {
  return new Set(model.items.map((item) => item.row));
}

describe.each(NAMES)('compare pair %s', (name) => {
  const truth = readTruth(name);
  const last = readShared(name);
  const next = readWorkbookFile(path.join(DIR, truth.this));
  const lastModel = checkWorkbook(last, { today: TEST_TODAY }).model;
  const nextModel = checkWorkbook(next, { today: TEST_TODAY }).model;
  const count = (code: string): number => truth.planted.filter((p) => p.code === code).length;

  it('pairs its own shared workbook with its next period', () => {
    expect(truth.last).toBe(WORKBOOK_FILES[name]);
    expect(next.sheets.map((g) => g.name)).toEqual([truth.thisSheet]);
    expect(last.sheets.map((g) => g.name)).toEqual([truth.lastSheet]);
  });

  it('holds every planted value where the truth says', () => {
    for (const entry of truth.planted) {
      if (entry.code === 'ITEM_REMOVED') expect(textAt(last, entry.sheet, entry.cell)).toBe(entry.lastValue);
      else expect([entry.code, entry.cell, textAt(next, entry.sheet, entry.cell)]).toEqual([entry.code, entry.cell, String(entry.thisValue)]);
      if (entry.lastRow !== undefined && entry.code !== 'ITEM_ADDED')
        expect(textAt(last, truth.lastSheet, entry.cell.replace(/\d+$/, String(entry.lastRow)))).toBe(String(entry.lastValue));
    }
  });

  it('plants each code at least once that the layout allows, and one item added twice and one removed', () => {
    expect(count('ITEM_ADDED')).toBe(2);
    expect(count('ITEM_REMOVED')).toBe(1);
    expect(count('TARGET_CHANGED')).toBeGreaterThanOrEqual(1);
    if (['lanling', 'linyi', 'shanting'].includes(name)) expect(count('PROGRESS_REGRESSED')).toBeGreaterThanOrEqual(1);
    // linyi's December work is all done: its copied texts are of finished items, which are no 照搬
    if (['lanling', 'shanting'].includes(name)) expect(count('PROGRESS_UNCHANGED')).toBeGreaterThanOrEqual(2);
    if (name === 'linyi') expect(truth.noFinding.filter((e) => /finished item/.test(e.note ?? '')).length).toBe(3);
    if (name === 'lianshui') expect(count('INVESTMENT_CHANGED')).toBe(1);
    if (name === 'lanling') expect(count('DEADLINE_CHANGED')).toBeGreaterThanOrEqual(1);
  });

  it('keeps the moved, renamed and surrounded items at the cells named, each still an item of the model', () => {
    const rows = itemRows(nextModel);
    for (const entry of truth.noFinding) {
      const text = textAt(next, entry.sheet, entry.cell);
      if (entry.thisValue !== undefined) expect(text).toBe(entry.thisValue);
      else expect(text).toBe(textAt(last, truth.lastSheet, entry.cell.replace(/\d+$/, String(entry.lastRow))));
      expect([entry.cell, rows.has(rowOf(entry.cell))]).toEqual([entry.cell, true]);
    }
    for (const entry of truth.planted.filter((p) => p.code === 'ITEM_ADDED')) expect([entry.cell, rows.has(rowOf(entry.cell))]).toEqual([entry.cell, true]);
  });

  it('reads the next workbook as the same ledger, with the planted additions and removals', () => {
    expect(nextModel.tables.map((t) => t.table.kind)).toEqual(lastModel.tables.map((t) => t.table.kind));
    expect(nextModel.items.length).toBe(lastModel.items.length + count('ITEM_ADDED') - count('ITEM_REMOVED'));
    const groups = (model: WorkbookModel): number => model.tables.reduce((sum, t) => sum + t.groups.length, 0);
    expect(groups(nextModel)).toBe(groups(lastModel) + (name === 'shanting' || name === 'tancheng' ? 0 : count('ITEM_ADDED') - count('ITEM_REMOVED')));
  });

  it('moves the report date on where the last title states one', () => {
    if (lastModel.asOfSource === 'title') expect([nextModel.asOfSource, nextModel.asOf > lastModel.asOf]).toEqual(['title', true]);
  });
});

describe('real pair 崇川 1-10月 / 1-11月', () => {
  const truth = JSON.parse(fs.readFileSync(path.join(DIR, 'real-chongchuan-2023.truth.json'), 'utf8')) as Truth;
  const last = readWorkbookFile(path.join(DIR, truth.last));
  const next = readWorkbookFile(path.join(DIR, truth.this));

  it('holds both periods of the three visible items at the cells the truth names', () => {
    for (const entry of truth.noFinding) {
      expect(textAt(next, entry.sheet, entry.cell)).toBe(entry.thisValue);
      expect(textAt(last, truth.lastSheet, entry.cell.replace(/\d+$/, String(entry.lastRow)))).toBe(entry.lastValue);
    }
  });

  it('reads each period as a progress ledger of three items, progress from the period column', () => {
    for (const workbook of [last, next]) {
      const model = checkWorkbook(workbook, { today: TEST_TODAY }).model;
      expect(model.items.map((item) => [item.row, item.fields.progress?.cell.col])).toEqual([
        [2, 6],
        [3, 6],
        [4, 6],
      ]);
    }
  });
});
