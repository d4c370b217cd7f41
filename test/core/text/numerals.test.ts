import { parseChineseNumeral } from '../../../src/core/text';
import { chineseNumeral } from '../../../src/core/text/numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['三', 3],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百二', 120],
    ['两千', 2000],
    ['一万二', 12000],
    ['三千五', 3500],
    ['三万五千', 35000],
    ['二〇二三', 2023],
    ['二零二四', 2024],
    ['二〇', 20],
    ['一万二千三百', 12300],
    ['十万', 100000],
    ['一千零二十', 1020],
    ['一亿二', 120000000],
    ['一亿二千万', 120000000],
    ['一万亿', 1e12],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '万', '亿', '百', '千', '百姓', '千家万户', '三五', '十十', '一亿亿', '一万二万', '两两', '是', '3'])(
    '%s is no numeral',
    (text) => {
      expect(parseChineseNumeral(text)).toBeNull();
    },
  );
});

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [4, '四'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [31, '三十一'],
    [2025, '二〇二五'],
  ])('%d is written %s, and read back', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
    expect(parseChineseNumeral(text)).toBe(n);
  });
});
