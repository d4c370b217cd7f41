/**
 * Period words: the words that make a date a deadline (截至, 之前, 年内), the years named by a word
 * (次年, 今年), the parts of a month (上旬, 底), what may follow a date before other words (以来), and
 * the words before the date a report covers (截至时间).
 */

/** Words before a date that make it a deadline (`截至2024年5月`); the first that stands there is taken. */
export const DEADLINE_PREFIX_WORDS: readonly string[] = [
  "截止到",
  "截至到",
  "截至",
  "截止",
  "不晚于",
  "最迟",
];
/** Words after a date that make it a deadline (`6月底前`, `年底之前`); the first that stands there is taken. */
export const DEADLINE_SUFFIX_WORDS: readonly string[] = [
  "之前",
  "以前",
  "为止",
  "以内",
  "之内",
  "前",
  "内",
];
/** Every deadline phrase holds one of these: its prefix, its suffix, or 年内 (a deadline by itself). */
export const DEADLINE_WORDS = new RegExp(
  [...DEADLINE_PREFIX_WORDS, ...DEADLINE_SUFFIX_WORDS, "年内"].join("|")
);

/** Words for the year after the one in force, before the second month of a range (`11月至次年3月`). */
export const NEXT_YEAR_WORDS: readonly string[] = ["次年", "翌年", "明年"];
/** Words for the plan year itself. */
export const THIS_YEAR_WORDS: readonly string[] = ["今年", "本年"];

/** The halves of a year, first and second: `2025年上半年`. */
export const HALF_YEAR_WORDS: readonly [string, string] = ["上半年", "下半年"];

/** 上旬/初 → days 1–10, 中旬/中 → 11–20, 下旬/底/末 → 21 to the month's end. */
export const MONTH_PARTS: readonly [string, number, number | null][] = [
  ["上旬", 1, 10],
  ["中旬", 11, 20],
  ["下旬", 21, null],
  ["初", 1, 10],
  ["中", 11, 20],
  ["底", 21, null],
  ["末", 21, null],
];

/** What may follow a date before the subject starts (`6月底前完成…`). */
export const DATE_SUFFIX_WORDS: readonly string[] = ["之前", "以前", "以来", "前", "内"];

/** Words before the date a report covers, in its title (`截至时间：2023年6月30日`). */
export const AS_OF_WORDS = /截至|截止|截至时间|截止时间|截止日期|统计时间/;

/** A cell that is a date or deadline phrase: `2023年12月`, `12月底前`, `年底前`, `2024-06-30`, `三季度`. */
export const DATE_CELL =
  /^(\d{4}\s*年)?\s*(\d{1,2}\s*月)?.{0,6}(底|前|内|止|完成|竣工)?$|\d{4}[-./]\d{1,2}|年底|年内|季度|上半年|下半年/;
/** What a date cell holds somewhere: a month, a year, a year's end or a quarter. */
export const DATE_CELL_ANCHOR = /\d{1,2}\s*月|\d{4}\s*年|年底|年内|季度|半年|\d{4}[-./]\d{1,2}/;
