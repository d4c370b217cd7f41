import * as fs from 'node:fs';
import * as path from 'node:path';
import { readWorkbookFile } from '../../src/hosts/file/node';
import { CheckReport } from '../../src/core/report/checkReport';
import { check } from './check';

/** Real tables published by governments, rebuilt as workbooks (test/fixtures/field/README.md). */
export const FIELD_DIR = path.resolve(__dirname, '..', 'fixtures', 'field');

export interface TruthDefect {
  code: string;
  cell?: string;
  row?: number;
  expected?: number;
  actual?: number;
  arithmetic: string;
}

export interface TruthItem {
  row: number;
  name: string;
  target: number;
  actual: number;
  completion: number;
  arithmetic: string;
}

export interface Truth {
  asOf: string;
  natural: TruthDefect[];
  planted: TruthDefect[];
  items: TruthItem[];
  checks: string[];
}

export function fieldIds(): string[] {
  return fs
    .readdirSync(FIELD_DIR)
    .filter((f) => f.endsWith('.truth.json'))
    .map((f) => f.replace(/\.truth\.json$/, ''))
    .sort();
}

export function readTruth(id: string): Truth {
  return JSON.parse(fs.readFileSync(path.join(FIELD_DIR, `${id}.truth.json`), 'utf8')) as Truth;
}

/** The check report of a corpus table, published or with its planted defects. */
export function checkField(id: string, copy: 'published' | 'planted'): CheckReport {
  const file = path.join(FIELD_DIR, copy === 'published' ? `${id}.xlsx` : `${id}.planted.xlsx`);
  return check(readWorkbookFile(file), { asOf: readTruth(id).asOf }).report;
}

type ReportFinding = CheckReport['findings'][number];

/** Whether a finding is the defect: same code, and the same cell (or, for a defect of a whole item, row). */
export function isDefect(finding: ReportFinding, defect: TruthDefect): boolean {
  if (finding.code !== defect.code) return false;
  if (defect.cell !== undefined) return finding.cell === defect.cell;
  return defect.row !== undefined && finding.row <= defect.row && defect.row <= finding.rowEnd;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The report's item for a truth item: on its row, and named alike where a row holds several. */
export function itemFor(report: CheckReport, truth: TruthItem): CheckReport['items'][number] | undefined {
  const onRow = report.items.filter((i) => i.row <= truth.row && truth.row <= i.rowEnd);
  if (onRow.length <= 1) return onRow[0];
  const name = compact(truth.name);
  return onRow.find((i) => compact(i.name) === name) ?? onRow.find((i) => name.includes(compact(i.name)));
}

export interface FieldScore {
  id: string;
  defects: number;
  found: number;
  falseErrors: string[];
  items: number;
  completionsRight: number;
  wrongCompletions: string[];
  missed: string[];
}

/** How Taizhang does on one corpus table against its truth. */
export function scoreField(id: string): FieldScore {
  const truth = readTruth(id);
  const published = checkField(id, 'published');
  const planted = checkField(id, 'planted');
  const missed: string[] = [];
  let found = 0;
  for (const defect of truth.natural)
    if (published.findings.some((f) => isDefect(f, defect))) found++;
    else missed.push(`${defect.code} ${defect.cell ?? `row ${defect.row}`}`);
  for (const defect of [...truth.natural, ...truth.planted])
    if (planted.findings.some((f) => isDefect(f, defect))) found++;
    else missed.push(`planted copy: ${defect.code} ${defect.cell ?? `row ${defect.row}`}`);
  const falseErrors = published.findings
    .filter((f) => f.severity === 'error' && !truth.natural.some((d) => isDefect(f, d)))
    .map((f) => `${f.code} ${f.cell}: ${f.message}`);
  const wrongCompletions: string[] = [];
  let completionsRight = 0;
  for (const item of truth.items) {
    const reported = itemFor(published, item);
    const completion = reported?.completion ?? null;
    if (completion !== null && Math.abs(completion - item.completion) <= 0.01) completionsRight++;
    else wrongCompletions.push(`row ${item.row} ${item.name}: ${completion ?? 'none'} (truth ${item.completion})`);
  }
  return {
    id,
    defects: truth.natural.length * 2 + truth.planted.length,
    found,
    falseErrors,
    items: truth.items.length,
    completionsRight,
    wrongCompletions,
    missed,
  };
}
