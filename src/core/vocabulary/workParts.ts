/**
 * The words around the parts of a piece of work: what a plan entry or a target names besides the
 * work's subject, so that the subject can be matched with the progress text's words on it.
 */

/**
 * Words that carry no subject when a plan entry is matched with the part of the progress text about
 * the same work (`继续推进兰之陵市民公园建设` is about 兰之陵市民公园).
 */
export const SUBJECT_FREE_WORDS: readonly string[] = [
  "完成",
  "推进",
  "进行",
  "继续",
  "项目",
  "工程",
  "同步",
  "按照",
  "组织",
  "准备",
  "全面",
  "加快",
  "各项",
  "相关",
  "内容",
];

/** Verbs a target's listed parts open with (`实施崇文北路、仙台北路等…改造`): not part of a name. */
export const TASK_VERBS: readonly string[] = [
  "实施",
  "建设",
  "新建",
  "改建",
  "扩建",
  "改造",
  "完成",
  "推进",
  "开展",
  "打造",
  "启用",
  "提升",
];
