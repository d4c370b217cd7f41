/**
 * Issue 22, "The same ledger in other words": each of the five workbooks restated with the header
 * words other offices use (test/helpers/headerSynonyms.ts) and its columns in another order
 * (test/helpers/rewriteHeaders.ts) must give the same findings and the same items as the original.
 *
 * Compared, after mapping every column of the variant back through its permutation:
 * - findings: code, severity, sheet, row, rowEnd, the cell (column mapped back), expected, actual, and
 *   the message in both languages with every header text of either workbook replaced by the original
 *   column it names (messages quote column headers; those are the only words that may differ);
 * - items: row, rowEnd, name, targets, actuals, completion, status, deadline.
 * The engine runs as the other workbook tests run it (test/helpers/check.ts: today 2026-11-23, the
 * report date inferred from the sheet).
 */

import { columnLetter } from '../../../src/core/grid';
import { CheckResult } from '../../../src/core/check';
import { compactText, normalizeText } from '../../../src/core/text/normalize';
import { check } from '../../helpers/check';
import { RewrittenWorkbook, VARIANTS, originalAddress, originalColumn, rewriteHeaders, synonymKeyOf } from '../../helpers/rewriteHeaders';
import { WORKBOOK_FILES, WorkbookName, readShared } from '../../helpers/workbooks';

/** The original column a result's column stands for. */
type ToOriginal = (sheet: string, row: number, col: number) => number;

const IDENTITY: ToOriginal = (_sheet, _row, col) => col;

interface ComparableFinding {
  code: string;
  severity: string;
  sheet: string;
  row: number;
  rowEnd: number;
  cell: string;
  expected?: number;
  actual?: number;
  zh: string;
  en: string;
}

interface ComparableItem {
  sheet: string;
  row: number;
  rowEnd: number;
  name: string;
  targets: unknown;
  actuals: unknown;
  completion: number | null;
  status: string;
  deadline: string | null;
}

/** Every text a message may quote for a header (as written, compacted, normalised), by the original column it names. */
function headerWords(result: CheckResult, toOriginal: ToOriginal, into: Map<string, Set<string>>): void {
  for (const { table } of result.model.tables) {
    for (const column of table.columns) {
      const col = toOriginal(table.sheet, table.headerTop, column.col);
      const token = `${table.sheet}!${columnLetter(col)}`;
      for (const text of [column.header, column.group ?? '']) {
        for (const word of [text.trim(), compactText(text), normalizeText(text).replace(/\s+/g, '')]) {
          if (word.length < 2) continue;
          const cols = into.get(word) ?? new Set<string>();
          cols.add(token);
          into.set(word, cols);
        }
      }
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A message with every header word replaced by the original column(s) it names. */
function withoutHeaderWords(message: string, words: Map<string, Set<string>>): string {
  if (words.size === 0) return message;
  const sorted = [...words.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
  return message.replace(pattern, (word) => `⟨${[...words.get(word)!].sort().join('|')}⟩`);
}

function comparableFindings(
  result: CheckResult,
  toOriginalCell: (sheet: string, a1: string) => string,
  words: Map<string, Set<string>>,
): ComparableFinding[] {
  return result.findings
    .map((f): ComparableFinding => {
      const out: ComparableFinding = {
        code: f.code,
        severity: f.severity,
        sheet: f.sheet,
        row: f.row,
        rowEnd: f.rowEnd,
        cell: toOriginalCell(f.sheet, f.cell),
        zh: withoutHeaderWords(f.message.zh, words),
        en: withoutHeaderWords(f.message.en, words),
      };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.actual !== undefined) out.actual = f.actual;
      return out;
    })
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function comparableItems(result: CheckResult): ComparableItem[] {
  return result.report.items
    .map((i): ComparableItem => ({
      sheet: i.sheet,
      row: i.row,
      rowEnd: i.rowEnd,
      name: i.name,
      targets: i.targets,
      actuals: i.actuals,
      completion: i.completion,
      status: i.status,
      deadline: i.deadline,
    }))
    .sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.name.localeCompare(b.name));
}

const NAMES = Object.keys(WORKBOOK_FILES) as WorkbookName[];
const CASES: [WorkbookName, number][] = NAMES.flatMap((name) => VARIANTS.map((v): [WorkbookName, number] => [name, v]));

const originals = new Map<WorkbookName, CheckResult>();
function original(name: WorkbookName): CheckResult {
  let result = originals.get(name);
  if (!result) {
    result = check(readShared(name));
    originals.set(name, result);
  }
  return result;
}

function variantOf(name: WorkbookName, variant: number): RewrittenWorkbook {
  return rewriteHeaders(readShared(name), variant);
}

describe('the five workbooks restated: other header words, other column order (issue 22)', () => {
  test.each(CASES)('%s v%i is the same table: every header renamed, columns moved, no cell lost', (name, variant) => {
    const base = readShared(name);
    const rewritten = variantOf(name, variant);
    const model = original(name).model;
    // every column with a synonym list got a new header
    for (const { table } of model.tables) {
      const renamed = new Set(rewritten.headers.filter((h) => h.sheet === table.sheet).map((h) => h.col));
      for (const column of table.columns) {
        if (synonymKeyOf(column) === null) continue;
        const moved = rewritten.headers.some((h) => h.sheet === table.sheet && h.from.trim() === column.header && renamed.has(h.col));
        expect({ column: column.header, renamed: moved }).toEqual({ column: column.header, renamed: true });
      }
    }
    // the columns stand in another order
    for (const p of rewritten.permutations) expect(p.toNew.some((n, o) => n !== o)).toBe(true);
    // every row below the header holds the same cells as before, in other columns
    for (const [s, grid] of base.sheets.entries()) {
      const copy = rewritten.workbook.sheets[s];
      const p = rewritten.permutations.find((x) => x.sheet === grid.name);
      const headerRows = new Set(rewritten.headers.filter((h) => h.sheet === grid.name).map((h) => h.row));
      expect(copy.merges).toHaveLength(grid.merges.length);
      const cellsInOrder = (row: (unknown | undefined)[] | undefined): string[] =>
        Array.from({ length: grid.colCount }, (_, c) => JSON.stringify(row?.[c] ?? null));
      for (let r = 0; r < grid.rowCount; r++) {
        if (headerRows.has(r)) continue;
        // rows are sparse arrays: every column is read, an empty cell as null
        const cells = (row: (unknown | undefined)[] | undefined): string[] =>
          Array.from({ length: grid.colCount }, (_, c) => JSON.stringify(row?.[c] ?? null)).sort();
        expect(cells(copy.cells[r])).toEqual(cells(grid.cells[r]));
        if (!p || r < p.fromRow) expect(cellsInOrder(copy.cells[r])).toEqual(cellsInOrder(grid.cells[r]));
      }
    }
  });

  test.each(CASES)('%s v%i gives the findings and items of the original', (name, variant) => {
    const base = original(name);
    const rewritten = variantOf(name, variant);
    const result = check(rewritten.workbook);

    const toOriginal: ToOriginal = (sheet, row, col) => originalColumn(rewritten, sheet, row, col);
    const words = new Map<string, Set<string>>();
    headerWords(base, IDENTITY, words);
    headerWords(result, toOriginal, words);

    const expectedFindings = comparableFindings(base, (_sheet, a1) => a1, words);
    const actualFindings = comparableFindings(result, (sheet, a1) => originalAddress(rewritten, sheet, a1), words);
    expect(actualFindings).toEqual(expectedFindings);
    expect(comparableItems(result)).toEqual(comparableItems(base));
  });
});
