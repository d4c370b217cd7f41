import {
  AS_OF_WORDS,
  DATE_CELL,
  DATE_CELL_ANCHOR,
  DATE_SUFFIX_WORDS,
  DEADLINE_PREFIX_WORDS,
  DEADLINE_SUFFIX_WORDS,
  DEADLINE_WORDS,
  HALF_YEAR_WORDS,
  MONTH_PARTS,
  NEXT_YEAR_WORDS,
  THIS_YEAR_WORDS,
} from "../../../src/core/vocabulary/periods";

/** The first of `words` that `text` starts with, as the period reader takes it. */
function firstWordAt(text: string, words: readonly string[]): string | null {
  return words.find((word) => text.startsWith(word)) ?? null;
}

describe("deadline words", () => {
  test.each([
    ["截止到2024年5月", "截止到", null],
    ["截至到6月", "截至到", null],
    ["截至2023年底", "截至", null],
    ["不晚于9月", "不晚于", null],
    ["最迟11月", "最迟", null],
    ["之前完成", null, "之前"],
    ["以前", null, "以前"],
    ["为止", null, "为止"],
    ["之内", null, "之内"],
    ["前完成", null, "前"],
    ["内建成", null, "内"],
    ["完成", null, null],
    ["以来", null, null],
  ])("%s: prefix %s, suffix %s", (text, prefix, suffix) => {
    expect(firstWordAt(text, DEADLINE_PREFIX_WORDS)).toBe(prefix);
    expect(firstWordAt(text, DEADLINE_SUFFIX_WORDS)).toBe(suffix);
  });

  test.each([
    ["6月底前完成", true],
    ["截至2024年5月", true],
    ["年内建成", true],
    ["2023年12月", false],
    ["一季度开工", false],
  ])("%s holds a deadline word: %s", (text, deadline) => {
    expect(DEADLINE_WORDS.test(text)).toBe(deadline);
  });

  test("the deadline words are the prefixes, the suffixes and 年内", () => {
    expect(DEADLINE_WORDS.source).toBe(
      "截止到|截至到|截至|截止|不晚于|最迟|之前|以前|为止|以内|之内|前|内|年内"
    );
  });
});

describe("years named by a word", () => {
  test.each([
    ["次年3月", true, false],
    ["翌年", true, false],
    ["明年", true, false],
    ["今年", false, true],
    ["本年度", false, true],
    ["去年", false, false],
    ["全年", false, false],
  ])("%s: the next year %s, the plan year %s", (text, next, plan) => {
    expect(firstWordAt(text, NEXT_YEAR_WORDS) !== null).toBe(next);
    expect(firstWordAt(text, THIS_YEAR_WORDS) !== null).toBe(plan);
  });
});

describe("parts of a month", () => {
  test.each([
    ["上旬", 1, 10],
    ["中旬", 11, 20],
    ["下旬", 21, null],
    ["初", 1, 10],
    ["中", 11, 20],
    ["底前", 21, null],
    ["末", 21, null],
  ])("%s → days %s to %s", (text, first, last) => {
    const part = MONTH_PARTS.find(([word]) => text.startsWith(word));
    expect(part?.slice(1)).toEqual([first, last]);
  });

  test.each(["份", "前", "完成"])("%s is no part of a month", (text) => {
    expect(MONTH_PARTS.find(([word]) => text.startsWith(word))).toBeUndefined();
  });
});

describe("what follows a date, and the words before a report's date", () => {
  test.each([
    ["之前完成", "之前"],
    ["以来", "以来"],
    ["前建成", "前"],
    ["内", "内"],
    ["完成", null],
    ["底", null],
  ])("after a date, %s: %s", (text, word) => {
    expect(firstWordAt(text, DATE_SUFFIX_WORDS)).toBe(word);
  });

  test.each([
    ["截至时间：2023年6月30日", true],
    ["（截止2023年6月底）", true],
    ["截止日期", true],
    ["统计时间：6月", true],
    ["2024年民生实事推进情况表", false],
    ["（1-6月份）", false],
  ])("%s names the report's date: %s", (title, asOf) => {
    expect(AS_OF_WORDS.test(title)).toBe(asOf);
  });
});

describe("a cell that is a date or a deadline", () => {
  test.each<[string, boolean]>([
    ["2023年12月", true],
    ["12月底前", true],
    ["2024-06-30", true],
    ["年底前", true],
    ["三季度", true],
    ["县教育局", false],
    ["新建学校3所", false],
  ])("%s: %s", (text, isDate) => {
    expect(DATE_CELL_ANCHOR.test(text) && DATE_CELL.test(text)).toBe(isDate);
  });
});

describe("half-year words", () => {
  test.each([
    ["上半年推进情况", 0],
    ["下半年计划", 1],
    ["全年", -1],
  ])("%s: half %i", (text, half) => {
    expect(HALF_YEAR_WORDS.findIndex((word) => text.startsWith(word))).toBe(half);
  });
});
