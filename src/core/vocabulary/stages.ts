/**
 * Stage words: the action after a date that tells which end of the work it sets (`5月底前动工` sets
 * when the work starts, `9月投入使用` when it is finished).
 */

/** Words that make a date the start of the work. */
export const START_ACTION_WORDS: readonly string[] = [
  "动工",
  "开工",
  "进场",
  "启动",
  "开建",
  "开始",
];
/** Words that make a date the end of the work. */
export const FINISH_ACTION_WORDS: readonly string[] = [
  "投入使用",
  "完成",
  "竣工",
  "完工",
  "建成",
  "投用",
  "交付",
  "通车",
  "验收",
  "办结",
];
