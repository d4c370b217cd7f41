import { ReportPeriod } from '../../../src/core/next/period';
import { nextSheetName } from '../../../src/core/next/sheetName';

const month = (year: number, m: number): ReportPeriod => ({ cadence: 'month', year, month: m });
const quarter = (year: number, q: number): ReportPeriod => ({ cadence: 'quarter', year, month: q * 3 });

const CASES: { sheet: string; from: ReportPeriod | null; to: ReportPeriod; taken?: string[]; name: string; why: string }[] = [
  { sheet: '一季度台账', from: quarter(2025, 1), to: quarter(2025, 2), name: '二季度台账', why: 'the period in the name moves on' },
  { sheet: '3月份推进情况', from: month(2025, 3), to: month(2025, 4), name: '4月份推进情况', why: 'a month moves on' },
  { sheet: '12月份推进情况', from: month(2022, 12), to: month(2023, 1), name: '2023年1月份推进情况', why: 'past the year’s end the year comes with it' },
  { sheet: '推进情况', from: month(2023, 6), to: month(2023, 7), name: '推进情况（2023-07）', why: 'a name without a period gets the new one after it' },
  { sheet: '项目表', from: null, to: month(2024, 10), name: '项目表（2024-10）', why: 'a ledger naming no period gets the month after' },
  { sheet: 'Sheet1', from: quarter(2025, 1), to: quarter(2025, 2), name: 'Sheet1（2025-Q2）', why: 'quarters as --period writes them' },
  {
    sheet: '一季度台账',
    from: quarter(2025, 1),
    to: quarter(2025, 2),
    taken: ['一季度台账', '二季度台账'],
    name: '二季度台账 (2)',
    why: 'a name taken gets a number',
  },
  {
    sheet: '推进情况',
    from: month(2023, 6),
    to: month(2023, 7),
    taken: ['推进情况', '推进情况（2023-07）', '推进情况（2023-07） (2)'],
    name: '推进情况（2023-07） (3)',
    why: 'the next number while that is taken too',
  },
  { sheet: 'Q1', from: null, to: month(2025, 4), taken: ['q1（2025-04）'], name: 'Q1（2025-04） (2)', why: 'names are compared without case, as Excel does' },
  {
    sheet: '兰陵县2023年度重点民生实事项目推进情况汇总表',
    from: month(2023, 6),
    to: month(2023, 7),
    name: '兰陵县2023年度重点民生实事项目推进情况汇（2023-07）',
    why: 'a long name is cut to Excel’s 31 characters, the period kept',
  },
  {
    sheet: `${'一'.repeat(21)}'二季度`,
    from: null,
    to: month(2025, 4),
    name: `${'一'.repeat(21)}（2025-04）`,
    why: 'a name cut just after an apostrophe drops it: Excel’s names do not end with one',
  },
];

describe('nextSheetName: the sheet 生成下期台账 adds in Excel', () => {
  it.each(CASES)('$sheet → $name ($why)', ({ sheet, from, to, taken, name }) => {
    const got = nextSheetName(sheet, { from, to }, from?.year ?? to.year, taken ?? [sheet]);
    expect(got).toBe(name);
    expect(got.length).toBeLessThanOrEqual(31);
  });
});
