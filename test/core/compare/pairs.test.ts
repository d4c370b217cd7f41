import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { compareChecks } from '../../../src/core/compare/compare';
import { Finding } from '../../../src/core/rules/types';
import { parseCellAddress } from '../../../src/core/grid';
import { readWorkbookFile } from '../../../src/hosts/file/node';
import { TEST_TODAY } from '../../helpers/check';
import { sharedPath, WORKBOOK_FILES, WorkbookName } from '../../helpers/workbooks';

/**
 * The compare engine against the pairs of test/fixtures/compare: every planted change found with its
 * code, no item only moved, reworded or surrounded by new rows called added or removed; the real
 * 崇川 pair, read by hand, holds nothing to report. Figures go to test-output/compare-pairs.md.
 */
const DIR = path.resolve(__dirname, '..', '..', 'fixtures', 'compare');
const OUTPUT = path.resolve(__dirname, '..', '..', '..', 'test-output');

interface Entry {
  code?: string;
  what?: string;
  sheet: string;
  cell: string;
  lastRow?: number;
}

interface Truth {
  last: string;
  this: string;
  planted: Entry[];
  noFinding: Entry[];
}

const ONLY_MOVED = new Set(['renamed slightly', 'moved', 'rows inserted around']);
const lines: string[] = ['# Compare on the pairs', '', '| pair | planted found | findings beyond the planted |', '|---|---:|---:|'];
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

describe('compare the real 崇川 reports of 1-10月 and 1-11月', () => {
  it('reports nothing a reviewer reading both would not (the truth holds no change to report)', () => {
    const truth = JSON.parse(fs.readFileSync(path.join(DIR, 'real-chongchuan-2023.truth.json'), 'utf8')) as Truth;
    const findings = compareFiles(path.join(DIR, truth.last), path.join(DIR, truth.this));
    lines.push(`| real 崇川 1-10月 → 1-11月 | ${truth.planted.length} / ${truth.planted.length} | ${findings.length} |`);
    details.push(...findings.map((f) => `- 崇川 ${f.code} ${f.cell}: ${f.message.zh}`));
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual([]);
  });
});
