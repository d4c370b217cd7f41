import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { compareChecks } from '../../../src/core/compare/compare';
import { Finding } from '../../../src/core/rules/types';
import { Workbook, cellText, getCell, parseCellAddress } from '../../../src/core/grid';
import { readWorkbookFile } from '../../../src/hosts/file/node';
import { TEST_TODAY } from '../../helpers/check';
import { sharedPath, WORKBOOK_FILES, WorkbookName } from '../../helpers/workbooks';

/**
 * The compare engine against the pairs of test/fixtures/compare: every planted change found with its
 * code, no item only moved, reworded or surrounded by new rows called added or removed; on the real
 * pairs, read by hand, every true finding found and the false ones counted. Figures go to
 * test-output/compare-pairs.md.
 */
const DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'compare');
const OUTPUT = path.resolve(__dirname, '..', '..', '..', 'test-output');

interface Entry {
  code?: string;
  what?: string;
  sheet: string;
  cell: string;
  lastRow?: number;
  lastValue?: string | null;
  thisValue?: string | null;
}

interface Truth {
  last: string;
  this: string;
  planted: Entry[];
  noFinding: Entry[];
}

const ONLY_MOVED = new Set(['renamed slightly', 'moved', 'rows inserted around']);
const lines: string[] = ['# Compare on the pairs', '', '| pair | planted (true) found | findings beyond the planted (false) |', '|---|---:|---:|'];
const details: string[] = [];

afterAll(() => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.writeFileSync(path.join(OUTPUT, 'compare-pairs.md'), [...lines, '', ...details, ''].join('\n'));
});

function compareFiles(lastPath: string, thisPath: string): Finding[] {
  const last = checkWorkbook(readWorkbookFile(lastPath), { today: TEST_TODAY, lang: 'zh' });
  const current = checkWorkbook(readWorkbookFile(thisPath), { today: TEST_TODAY, lang: 'zh' });
  return compareChecks(last, current, { lang: 'zh' }).findings;
}

/** The planted entry a finding reports: same code, and the row of the cell it names (this period's, or last period's for a removal). */
function reports(finding: Finding, entry: Entry): boolean {
  const row = entry.code === 'ITEM_REMOVED' ? (entry.lastRow ?? parseCellAddress(entry.cell).row + 1) : parseCellAddress(entry.cell).row + 1;
  return finding.code === entry.code && finding.row <= row && row <= finding.rowEnd;
}

describe.each(Object.keys(WORKBOOK_FILES) as WorkbookName[])('compare %s with its planted next period', (name) => {
  const truth = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.truth.json`), 'utf8')) as Truth;
  const findings = compareFiles(sharedPath(name), path.join(DIR, truth.this));

  it('finds every planted change with its code', () => {
    const missed = truth.planted.filter((entry) => !findings.some((f) => reports(f, entry)));
    const beyond = findings.filter((f) => !truth.planted.some((entry) => reports(f, entry)));
    lines.push(`| ${name} | ${truth.planted.length - missed.length} / ${truth.planted.length} | ${beyond.length} |`);
    details.push(...beyond.map((f) => `- ${name} ${f.code} ${f.cell}: ${f.message.zh}`));
    expect(missed.map((m) => `${m.code} ${m.cell}`)).toEqual([]);
  });

  it('calls no item that was only moved, reworded or had rows inserted around it added or removed', () => {
    const wrong = truth.noFinding
      .filter((entry) => ONLY_MOVED.has(entry.what ?? ''))
      .filter((entry) =>
        findings.some(
          (f) =>
            (f.code === 'ITEM_ADDED' && reports(f, { ...entry, code: 'ITEM_ADDED' })) ||
            (f.code === 'ITEM_REMOVED' && entry.lastRow !== undefined && reports(f, { ...entry, code: 'ITEM_REMOVED' }))
        )
      );
    expect(wrong.map((w) => `${w.what} ${w.cell}`)).toEqual([]);
  });
});

/**
 * Real consecutive reports, each finding checked by reading both (test/fixtures/compare/README.md):
 * `knownFalse` are the findings the engine makes that a reviewer would not, with why, so that a
 * change either way is noticed.
 */
interface RealPair {
  truth: string;
  label: string;
  /** `CODE cell` of each false finding → why a reviewer would not report it */
  knownFalse: Record<string, string>;
}

const REAL_PAIRS: RealPair[] = [
  { truth: 'real-chongchuan-2023', label: '崇川 2023 1-10月 → 1-11月', knownFalse: {} },
  {
    truth: 'real-yueyanglou-2019',
    label: '岳阳楼区 2019 1-7月 → 1-8月',
    knownFalse: {},
  },
  {
    truth: 'real-yueyanglou-2018',
    label: '岳阳楼区 2018 一季度 → 半年度',
    knownFalse: {},
  },
];

describe.each(REAL_PAIRS)('compare the real reports $label', ({ truth: key, label, knownFalse }) => {
  const truth = JSON.parse(fs.readFileSync(path.join(DIR, `${key}.truth.json`), 'utf8')) as Truth;
  const last = readWorkbookFile(path.join(DIR, truth.last));
  const next = readWorkbookFile(path.join(DIR, truth.this));

  it('holds both periods at the cells the truth names', () => {
    const textAt = (workbook: Workbook, a1: string): string => {
      const { row, col } = parseCellAddress(a1);
      return cellText(getCell(workbook.sheets[0], row, col));
    };
    for (const entry of truth.noFinding) {
      expect([entry.cell, textAt(next, entry.cell)]).toEqual([entry.cell, entry.thisValue ?? '']);
      expect([entry.cell, textAt(last, entry.cell.replace(/\d+$/, String(entry.lastRow)))]).toEqual([entry.cell, entry.lastValue ?? '']);
    }
  });

  it('finds what a reviewer reading both finds, and no false finding but those documented', () => {
    const lastCheck = checkWorkbook(last, { today: TEST_TODAY, lang: 'zh' });
    const current = checkWorkbook(next, { today: TEST_TODAY, lang: 'zh' });
    const findings = compareChecks(lastCheck, current, { lang: 'zh' }).findings;
    const missed = truth.planted.filter((entry) => !findings.some((f) => reports(f, entry)));
    const beyond = findings.filter((f) => !truth.planted.some((entry) => reports(f, entry)));
    lines.push(`| real ${label} | ${truth.planted.length - missed.length} / ${truth.planted.length} | ${beyond.length} |`);
    details.push(...beyond.map((f) => `- ${label} ${f.code} ${f.cell} (false: ${knownFalse[`${f.code} ${f.cell}`] ?? 'not documented'}): ${f.message.zh}`));
    expect(missed.map((m) => `${m.code} ${m.cell}`)).toEqual([]);
    expect(beyond.map((f) => `${f.code} ${f.cell}`)).toEqual(Object.keys(knownFalse));
  });
});
