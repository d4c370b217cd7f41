/**
 * Words that make a number no figure: a date, a time or a name after it (2023年, 7时, 3号楼, 206国道),
 * and the words a Chinese numeral and its classifier are part of (四期, 统一, 一部署, 一个人).
 */

/** Words after a number that make it a date, a time or a name (2023年, 8月, 7时, 3号楼, 3级, 206国道). */
export const DATE_WORDS: readonly string[] = [
  "年",
  "月",
  "日",
  "号",
  "时",
  "季度",
  "周年",
  "届",
  "级",
  "国道",
  "省道",
  "县道",
  "乡道",
];
/** Classifiers that after a Chinese numeral make a word, not a count (四期, 一类, 二次供水, 一起). */
export const CHINESE_NAME_UNITS: ReadonlySet<string> = new Set(["期", "类", "次", "起"]);
/** Characters that with a following 一 make a word: 统一, 唯一, 同一, 逐一, 之一, 进一步. */
export const WORD_CHARS_BEFORE_一 = "统唯同逐单之划专均合归整进纯万周不";
/** Words a classifier begins, which after a Chinese numeral are no count (一部署, 一个人, 一批复). */
export const WORDS_STARTING_WITH_UNIT: readonly string[] = (
  "部署 部门 部分 处理 处置 个人 个体 个别 家庭 条件 项目 批准 批复 期间 组织 支持 所有 位置 种植 场所 " +
  "本地 口径 间隔 层次 层面"
).split(" ");
