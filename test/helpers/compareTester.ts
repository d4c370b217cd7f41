import { CompareOptions, CompareResult, compareChecks } from '../../src/core/compare/compare';
import { COMPARE_RULES } from '../../src/core/compare/rules/registry';
import { CompareRule } from '../../src/core/compare/types';
import { CellSpec, LedgerSpec, ledger } from './ledger';
import { check } from './check';
import { expectValidCompareReport } from './schema';

/** The headers of the small two-period ledgers the compare tests build. */
export const HEADERS = ['序号', '项目名称', '目标任务', '总投资（万元）', '牵头单位', '完成时限', '推进情况', '进度状态'];

/** A progress report of one period, as of the date given, rows from sheet row 3 (title on 1, header on 2). */
export function period(rows: CellSpec[][], headers: string[] = HEADERS, sheet = '台账'): LedgerSpec {
  return { sheet, title: '2025年民生实事项目推进情况表', headers, rows };
}

/** Checks both periods as the CLI does, then compares them; the report is held to its schema. */
export function compare(
  last: LedgerSpec,
  current: LedgerSpec,
  options: CompareOptions = {},
  asOf = ['2025-03-31', '2025-04-30'],
  rules: readonly CompareRule[] = COMPARE_RULES
): CompareResult {
  const before = check(ledger(last, 'last.xlsx'), { asOf: asOf[0] });
  const now = check(ledger(current, 'this.xlsx'), { asOf: asOf[1] });
  const result = compareChecks(before, now, options, rules);
  expectValidCompareReport(JSON.parse(JSON.stringify(result.report)));
  return result;
}

export interface CompareCase {
  name: string;
  last: LedgerSpec;
  current: LedgerSpec;
}

export interface CompareInvalidCase extends CompareCase {
  findings: { cell: string; message?: string | RegExp; expected?: number; actual?: number }[];
}

/** testRule (ruleTester) for a compare rule: each valid pair gives none of its findings, each invalid pair exactly those listed. */
export function testCompareRule(rule: CompareRule, cases: { valid: CompareCase[]; invalid: CompareInvalidCase[] }): void {
  const findingsOf = (c: CompareCase) => compare(c.last, c.current, {}, undefined, [rule]).findings.filter((f) => f.code === rule.meta.code);
  describe(rule.meta.code, () => {
    it('has its metadata', () => {
      for (const text of [rule.meta.description, ...Object.values(rule.meta.messages)]) {
        expect(text.zh).not.toBe('');
        expect(text.en).not.toBe('');
      }
    });
    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      expect(findingsOf(c).map((f) => `${f.cell}: ${f.message.zh}`)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const findings = findingsOf(c);
      expect(findings.map((f) => f.cell)).toEqual(c.findings.map((f) => f.cell));
      c.findings.forEach((expected, i) => {
        if (expected.message !== undefined) expect(findings[i].message.zh).toMatch(expected.message);
        if (expected.expected !== undefined) expect(findings[i].expected).toBeCloseTo(expected.expected, 6);
        if (expected.actual !== undefined) expect(findings[i].actual).toBeCloseTo(expected.actual, 6);
      });
    });
  });
}
