import { Workbook } from '../../src/core/grid';
import { CheckOptions, CheckResult, checkWorkbook } from '../../src/core/check';
import { Rule } from '../../src/core/rules/types';
import { expectValidReport } from './schema';

export const TEST_TODAY = '2026-11-23';

/** Checks a workbook as the CLI does; every report a test makes is held to the JSON Schema. */
export function check(workbook: Workbook, options: Partial<CheckOptions> = {}, rules?: readonly Rule[]): CheckResult {
  const result = checkWorkbook(workbook, { today: TEST_TODAY, ...options }, rules);
  expectValidReport(JSON.parse(JSON.stringify(result.report)));
  return result;
}
