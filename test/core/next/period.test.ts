import { ReportPeriod, movePeriodWords, parsePeriodOption, periodAfter, periodEnd, periodLabel, reportedPeriod } from '../../../src/core/next/period';

const month = (year: number, m: number): ReportPeriod => ({ cadence: 'month', year, month: m });
const quarter = (year: number, q: number): ReportPeriod => ({ cadence: 'quarter', year, month: q * 3 });
const half = (year: number, h: number): ReportPeriod => ({ cadence: 'half', year, month: h * 6 });

describe('movePeriodWords', () => {
  test.each([
    ['a month header', '3月份推进情况', month(2025, 3), month(2025, 4), '4月份推进情况'],
    ['the next month’s plan header', '4月份计划', month(2025, 3), month(2025, 4), '5月份计划'],
    ['a month in Chinese numerals', '十一月份推进情况', month(2025, 11), month(2025, 12), '十二月份推进情况'],
    ['a quarter in the title', '2025年一季度民生实事工作进展情况台账', quarter(2025, 1), quarter(2025, 2), '2025年二季度民生实事工作进展情况台账'],
    ['the month after a quarter, by a quarter', '4月份计划', quarter(2025, 1), quarter(2025, 2), '7月份计划'],
    ['第…季度', '第三季度推进情况', quarter(2025, 3), quarter(2025, 4), '第四季度推进情况'],
    ['四季度 to next year’s 一季度', '2025年四季度推进情况', quarter(2025, 4), quarter(2026, 1), '2026年一季度推进情况'],
    ['a running total from January', '推进情况表（1-3月）', month(2025, 3), month(2025, 4), '推进情况表（1-4月）'],
    ['a running total with 份', '（1-6月份）', month(2023, 6), month(2023, 7), '（1-7月份）'],
    ['the report date', '截至时间：2023年6月30日', month(2023, 6), month(2023, 7), '截至时间：2023年7月31日'],
    [
      '12月 to next year’s 1月: the plan year stays, the month carries its year',
      '临沂市2022年度20项重点民生实事12月份推进情况',
      month(2022, 12),
      month(2023, 1),
      '临沂市2022年度20项重点民生实事2023年1月份推进情况',
    ],
    ['a running total past the year’s end', '2025年1-12月推进情况', month(2025, 12), month(2026, 1), '2026年1月推进情况'],
    ['next year’s month named without a year', '1月份计划', month(2022, 12), month(2023, 1), '2月份计划'],
    ['上半年 to 下半年', '2025年上半年推进情况', half(2025, 1), half(2025, 2), '2025年下半年推进情况'],
    ['下半年 to next year’s 上半年', '2025年下半年推进情况', half(2025, 2), half(2026, 1), '2026年上半年推进情况'],
    ['a period asked for: two months on', '3月份推进情况', month(2025, 3), month(2025, 5), '5月份推进情况'],
    ['a deadline stays', '2025年12月底前完成', month(2025, 3), month(2025, 4), '2025年12月底前完成'],
    ['the whole year stays', '1-12月计划', month(2025, 3), month(2025, 4), '1-12月计划'],
    ['a text without period words', '项目推进情况', month(2025, 3), month(2025, 4), '项目推进情况'],
    ['a leading zero kept', '2025年03月推进情况', month(2025, 3), month(2025, 4), '2025年04月推进情况'],
  ])('%s: %s', (_what, text, from, to, expected) => {
    expect(movePeriodWords(text, { from, to }, from.year)).toBe(expected);
  });
});

describe('reportedPeriod', () => {
  test.each([
    ['a quarter in the title beats the month of the next plan', ['2025年一季度民生实事工作进展情况台账', '4月份计划'], '2025-03-31', quarter(2025, 1)],
    ['a month header', ['临沂市2022年度20项重点民生实事12月份推进情况', '12月份推进情况'], '2022-12-31', month(2022, 12)],
    ['a running total and a report date', ['兰陵县2023年度重点民生实事项目推进情况表（1-6月份）', '截至时间：2023年6月30日'], '2023-06-30', month(2023, 6)],
    ['a half year', ['2025年上半年推进情况'], '2025-06-30', half(2025, 1)],
    ['a report date alone: monthly', ['截至2025年5月31日'], '2025-05-31', month(2025, 5)],
    ['a project list names no period', ['2024年县政府民生实事项目表'], '2026-12-07', null],
  ])('%s', (_what, texts, asOf, expected) => {
    expect(reportedPeriod(texts, asOf, Number(asOf.slice(0, 4)))).toEqual(expected);
  });
});

describe('periods as the option names them', () => {
  test.each([
    ['2025-04', month(2025, 4), '2025-04-30'],
    ['2025-4', month(2025, 4), '2025-04-30'],
    ['2025-Q2', quarter(2025, 2), '2025-06-30'],
    ['2025-q4', quarter(2025, 4), '2025-12-31'],
    ['2025-H1', half(2025, 1), '2025-06-30'],
    ['2024-02', month(2024, 2), '2024-02-29'],
  ])('%s', (text, period, end) => {
    expect(parsePeriodOption(text)).toEqual(period);
    expect(periodEnd(period)).toBe(end);
  });

  test.each(['2025-13', '2025-Q5', '2025-H3', '25-04', '2025年4月', ''])('%s is no period', (text) => {
    expect(parsePeriodOption(text)).toBeNull();
  });

  test.each([
    [month(2025, 3), month(2025, 4), '2025-04'],
    [month(2025, 12), month(2026, 1), '2026-01'],
    [quarter(2025, 4), quarter(2026, 1), '2026-Q1'],
    [half(2025, 1), half(2025, 2), '2025-H2'],
  ])('after %j comes %j', (period, next, label) => {
    expect(periodAfter(period)).toEqual(next);
    expect(periodLabel(next)).toBe(label);
  });
});
