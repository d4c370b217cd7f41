import { CompareOptions, CompareResult, compareChecks } from '../../src/core/compare/compare';
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
export function compare(last: LedgerSpec, current: LedgerSpec, options: CompareOptions = {}, asOf = ['2025-03-31', '2025-04-30']): CompareResult {
  const before = check(ledger(last, 'last.xlsx'), { asOf: asOf[0] });
  const now = check(ledger(current, 'this.xlsx'), { asOf: asOf[1] });
  const result = compareChecks(before, now, options);
  expectValidCompareReport(JSON.parse(JSON.stringify(result.report)));
  return result;
}
