/**
 * Cumulative and increment words: whether a figure is a running total (累计, 共计, 共) or new work
 * (新增, 新建, 再), and the words in which 共 and 再 mean neither (共享, 再就业).
 */

/** Words before a figure in its clause that make it a running total. */
export const CUMULATIVE_WORDS: readonly string[] = [
  "累计",
  "共计",
  "总计",
  "合计",
  "总共",
  "总数",
  "累积",
  "全部",
  "达到",
  "共有",
];
/** Words before a figure in its clause that make it new work. */
export const INCREMENT_WORDS: readonly string[] = ["新增", "新建", "增加"];
/** Characters after which 共 means together, not in all (共享, 共同, 共建). */
export const NOT_CUMULATIVE_AFTER_共 = "享同建治赢识青产性";
/** Words after which 再 means again, not a further (再就业, 再生, 再次, 再造). */
export const NOT_INCREMENT_AFTER_再: readonly string[] = ["就业", "生", "次", "造"];
/**
 * Words that date a sentence's figures to a day (`截至目前，…救助妇女522人`): totals to that day, not
 * parts of one. A plain alternation of words.
 */
export const AS_OF_WORDS = /截至|截止/;
