import {
  CHINESE_NAME_UNITS,
  DATE_WORDS,
  WORD_CHARS_BEFORE_一,
  WORDS_STARTING_WITH_UNIT,
} from "../../../src/core/vocabulary/notFigures";

describe("words after a number that make it a date, a time or a name", () => {
  test.each([
    ["年", true],
    ["月份", true],
    ["日前", true],
    ["号楼", true],
    ["时", true],
    ["季度", true],
    ["周年", true],
    ["届", true],
    ["级", true],
    ["国道", true],
    ["乡道", true],
    ["个", false],
    ["公里", false],
    ["道", false],
    ["万人", false],
  ])("after a number, %s: %s", (after, notFigure) => {
    expect(DATE_WORDS.some((word) => after.startsWith(word))).toBe(notFigure);
  });
});

describe("words a Chinese numeral and its classifier are part of", () => {
  test.each([
    ["期", true],
    ["类", true],
    ["次", true],
    ["起", true],
    ["个", false],
    ["处", false],
  ])("a Chinese numeral before %s makes a word: %s", (unit, word) => {
    expect(CHINESE_NAME_UNITS.has(unit)).toBe(word);
  });

  test.each([
    ["统", true],
    ["唯", true],
    ["之", true],
    ["进", true],
    ["不", true],
    ["建", false],
    ["第", false],
  ])("%s一 is a word: %s", (before, word) => {
    expect(WORD_CHARS_BEFORE_一.includes(before)).toBe(word);
  });

  test.each([
    ["部署", true],
    ["个人", true],
    ["家庭", true],
    ["批复", true],
    ["层面", true],
    ["个小区", false],
    ["家企业", false],
    ["批次", false],
  ])("一%s: a classifier in a word %s", (after, word) => {
    expect(WORDS_STARTING_WITH_UNIT.some((w) => after.startsWith(w))).toBe(word);
  });
});
