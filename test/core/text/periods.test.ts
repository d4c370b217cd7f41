import {
  addDays,
  daysBetween,
  daysInMonth,
  findPeriods,
  isoDate,
  NotADate,
  parseIsoDate,
  parsePeriod,
  Period,
} from '../../../src/core/text';

const ctx = { year: 2023 };

function period(text: string): Period {
  const result = parsePeriod(text, ctx);
  if (result === null || 'invalid' in result)
    throw new Error(`${text}: expected a period, got ${JSON.stringify(result)}`);
  return result;
}

function notADate(text: string): NotADate {
  const result = parsePeriod(text, ctx);
  if (result === null || !('invalid' in result))
    throw new Error(`${text}: expected NotADate, got ${JSON.stringify(result)}`);
  return result;
}

describe('parsePeriod: months and days', () => {
  it.each([
    ['2023 年 8 月', '2023-08-01', '2023-08-31'],
    ['2023年12月', '2023-12-01', '2023-12-31'],
    ['2023 年 12 月', '2023-12-01', '2023-12-31'],
    ['２０２３年２月', '2023-02-01', '2023-02-28'],
    ['2024年2月', '2024-02-01', '2024-02-29'],
    ['十二月', '2023-12-01', '2023-12-31'],
    ['二〇二三年三月', '2023-03-01', '2023-03-31'],
  ])('%s → %s..%s month', (text, start, end) => {
    expect(period(text)).toMatchObject({ start, end, kind: 'month', deadline: false });
  });

  it('knows which phrases name their year', () => {
    expect(period('2023年12月').explicitYear).toBe(true);
    expect(period('12月').explicitYear).toBe(false);
    expect(parsePeriod('12月', { year: 2025 })).toMatchObject({
      start: '2025-12-01',
      end: '2025-12-31',
    });
  });

  it('reads days', () => {
    expect(period('2024年2月29日')).toMatchObject({
      start: '2024-02-29',
      end: '2024-02-29',
      kind: 'day',
    });
    expect(period('8月20号')).toMatchObject({ start: '2023-08-20', kind: 'day' });
    expect(period('2023-12-31')).toMatchObject({
      start: '2023-12-31',
      kind: 'day',
      explicitYear: true,
    });
    expect(period('2023/6/30')).toMatchObject({ start: '2023-06-30', kind: 'day' });
  });

  it('reads day ranges', () => {
    expect(period('11月18-20日')).toMatchObject({
      start: '2023-11-18',
      end: '2023-11-20',
      kind: 'dayRange',
    });
    expect(period('11月18日至12月5日')).toMatchObject({
      start: '2023-11-18',
      end: '2023-12-05',
      kind: 'dayRange',
    });
  });
});

describe('parsePeriod: deadlines', () => {
  it('2024年4月20日前 runs from 1 January to the day', () => {
    expect(period('2024年4月20日前')).toMatchObject({
      start: '2024-01-01',
      end: '2024-04-20',
      kind: 'day',
      deadline: true,
      explicitYear: true,
    });
  });

  it.each(['12月底前', '年底前', '年内', '2023年底前', '12月前', '截至12月底', '不晚于12月31日'])(
    '%s → the year, deadline',
    (text) => {
      expect(period(text)).toMatchObject({
        start: '2023-01-01',
        end: '2023-12-31',
        deadline: true,
      });
    },
  );

  it('年内 is the year', () => {
    expect(period('年内').kind).toBe('year');
  });

  it('全年 is the year, not a deadline', () => {
    expect(period('全年')).toMatchObject({
      start: '2023-01-01',
      end: '2023-12-31',
      kind: 'year',
      deadline: false,
    });
  });

  it('6月底 is the last third of June; 6月底前 a deadline', () => {
    expect(period('6月底')).toMatchObject({
      start: '2023-06-21',
      end: '2023-06-30',
      kind: 'monthPart',
      deadline: false,
    });
    expect(period('6月底前')).toMatchObject({
      start: '2023-01-01',
      end: '2023-06-30',
      deadline: true,
    });
  });
});

describe('parsePeriod: parts of the year', () => {
  it.each([
    ['上半年', '2023-01-01', '2023-06-30', 'half'],
    ['下半年', '2023-07-01', '2023-12-31', 'half'],
    ['2024年上半年', '2024-01-01', '2024-06-30', 'half'],
    ['一季度', '2023-01-01', '2023-03-31', 'quarter'],
    ['第一季度', '2023-01-01', '2023-03-31', 'quarter'],
    ['第二季度', '2023-04-01', '2023-06-30', 'quarter'],
    ['三季度', '2023-07-01', '2023-09-30', 'quarter'],
    ['四季度', '2023-10-01', '2023-12-31', 'quarter'],
    ['2025年一季度', '2025-01-01', '2025-03-31', 'quarter'],
    ['三、四季度', '2023-07-01', '2023-12-31', 'quarterRange'],
    ['1-3季度', '2023-01-01', '2023-09-30', 'quarterRange'],
    ['8月中旬', '2023-08-11', '2023-08-20', 'monthPart'],
    ['8月上旬', '2023-08-01', '2023-08-10', 'monthPart'],
    ['8月下旬', '2023-08-21', '2023-08-31', 'monthPart'],
    ['2月下旬', '2023-02-21', '2023-02-28', 'monthPart'],
    ['6月初', '2023-06-01', '2023-06-10', 'monthPart'],
    ['年底', '2023-12-21', '2023-12-31', 'monthPart'],
    ['3-5月', '2023-03-01', '2023-05-31', 'monthRange'],
    ['4月-6月', '2023-04-01', '2023-06-30', 'monthRange'],
    ['1-6月份', '2023-01-01', '2023-06-30', 'monthRange'],
    ['11-12月', '2023-11-01', '2023-12-31', 'monthRange'],
    ['7—9月', '2023-07-01', '2023-09-30', 'monthRange'],
    ['1至6月', '2023-01-01', '2023-06-30', 'monthRange'],
    ['1、2 月份', '2023-01-01', '2023-02-28', 'monthRange'],
    ['1、2月份', '2023-01-01', '2023-02-28', 'monthRange'],
    ['2023年11月-2024年2月', '2023-11-01', '2024-02-29', 'monthRange'],
    ['2023年', '2023-01-01', '2023-12-31', 'year'],
    ['2023年度', '2023-01-01', '2023-12-31', 'year'],
    ['2025—2026年', '2025-01-01', '2026-12-31', 'yearRange'],
    ['2024—2026年', '2024-01-01', '2026-12-31', 'yearRange'],
    ['2024-2026年', '2024-01-01', '2026-12-31', 'yearRange'],
    ['2024年—2026年', '2024-01-01', '2026-12-31', 'yearRange'],
  ])('%s → %s..%s %s', (text, start, end, kind) => {
    expect(period(text)).toMatchObject({ start, end, kind });
  });

  it('names the whole phrase as matched', () => {
    expect(period('1、2 月份')).toMatchObject({ text: '1、2 月份', startOffset: 0, endOffset: 6 });
  });
});

describe('parsePeriod: actions', () => {
  it('9月投入使用 finishes in September', () => {
    expect(period('9月投入使用')).toMatchObject({
      start: '2023-09-01',
      end: '2023-09-30',
      action: 'finish',
      deadline: false,
    });
  });

  it('5月底前动工 is a start deadline', () => {
    expect(period('5月底前动工')).toMatchObject({
      end: '2023-05-31',
      deadline: true,
      action: 'start',
      text: '5月底前',
    });
  });

  it('11月18日进场施工 starts on the day', () => {
    expect(period('11月18日进场施工')).toMatchObject({
      start: '2023-11-18',
      end: '2023-11-18',
      kind: 'day',
      action: 'start',
    });
  });

  it('2024年6月底竣工 finishes at the end of June 2024', () => {
    expect(period('2024年6月底竣工')).toMatchObject({
      start: '2024-06-21',
      end: '2024-06-30',
      explicitYear: true,
      action: 'finish',
    });
  });

  it('finds the action a word or two later, not across a comma', () => {
    expect(period('6月底前全面完成').action).toBe('finish');
    expect(period('6月，完成验收').action).toBeUndefined();
  });
});

describe('parsePeriod: not a date', () => {
  it.each([
    ['2023年13月', '月份 13 不存在'],
    ['2月30日', '2月没有30日'],
    ['2023年2月29日', '2023年不是闰年，2月没有29日'],
    ['4月31日', '4月没有31日'],
    ['0月', '月份 0 不存在'],
    ['6-3月', '起止月份颠倒：6月至3月'],
    ['2026-2024年', '起止年份颠倒：2026年至2024年'],
    ['5季度', '季度 5 不存在'],
  ])('%s: %s', (text, reason) => {
    expect(notADate(text)).toMatchObject({ invalid: true, text, reason });
  });

  it('returns null when there is no date', () => {
    expect(parsePeriod('加快推进', ctx)).toBeNull();
    expect(parsePeriod('', ctx)).toBeNull();
    expect(parsePeriod('新建62个市政消火栓', ctx)).toBeNull();
  });
});

describe('findPeriods', () => {
  it('finds the months of a circled plan', () => {
    const found = findPeriods('①5月，完成A。②6月，完成B。', ctx) as Period[];
    expect(found.map((p) => [p.start, p.end, p.kind])).toEqual([
      ['2023-05-01', '2023-05-31', 'month'],
      ['2023-06-01', '2023-06-30', 'month'],
    ]);
    expect(found.map((p) => p.text)).toEqual(['5月', '6月']);
  });

  it('does not take figures for dates', () => {
    expect(findPeriods('培训3000名，应急救护普及培训1.9万人次，12个月', ctx)).toEqual([]);
    expect(findPeriods('投资2023.5万元', ctx)).toEqual([]);
    expect(findPeriods('三年内完成', ctx)).toEqual([]);
    expect(findPeriods('统一月度报表', ctx)).toEqual([]);
  });

  it('keeps 1-6月份 whole', () => {
    const found = findPeriods('1-6月份推进情况', ctx);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      start: '2023-01-01',
      end: '2023-06-30',
      kind: 'monthRange',
      text: '1-6月份',
    });
  });

  it('finds the as-of date after other words', () => {
    expect(findPeriods('截至时间：2023年6月30日', ctx)).toMatchObject([{ start: '2023-06-30', end: '2023-06-30' }]);
  });

  it('reports offsets into the text given', () => {
    const text = '计划于２０２４年６月底前完成，7月投入使用';
    const found = findPeriods(text, ctx) as Period[];
    expect(found.map((p) => text.slice(p.startOffset, p.endOffset))).toEqual(['２０２４年６月底前', '7月']);
    expect(found.map((p) => p.text)).toEqual(['２０２４年６月底前', '7月']);
    expect(found.map((p) => p.action)).toEqual(['finish', 'finish']);
  });

  it('lists valid and invalid mentions in order', () => {
    const found = findPeriods('5月完成设计，13月完成施工', ctx);
    expect(found.map((p) => ('invalid' in p ? 'invalid' : p.kind))).toEqual(['month', 'invalid']);
  });
});

describe('calendar helpers', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
    expect(daysInMonth(2023, 13)).toBe(0);
  });

  it('formats and parses ISO dates', () => {
    expect(isoDate(2023, 6, 5)).toBe('2023-06-05');
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-6-5')).toBeNull();
    expect(parseIsoDate('not a date')).toBeNull();
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2023-01-01', 365)).toBe('2024-01-01');
    expect(addDays('bad', 1)).toBeNull();
  });

  it('counts days between dates', () => {
    expect(daysBetween('2023-01-01', '2023-01-02')).toBe(1);
    expect(daysBetween('2023-01-01', '2023-12-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365);
    expect(daysBetween('2023-03-31', '2023-01-01')).toBe(-89);
    expect(daysBetween('2023-01-01', 'x')).toBeNull();
  });
});
