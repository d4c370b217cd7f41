/**
 * Plan words: in a plan cell's running text, the verbs that open an entry after a month (`任务 2、3
 * 月份完成`), and the prepositions that make a date part of the sentence (`到 6 月底`), not a label.
 */

/** Words that open an entry after a month written in running text (`任务 2、3 月份完成`). */
export const ENTRY_VERBS: readonly string[] = [
  "完成",
  "开展",
  "开始",
  "启动",
  "组织",
  "推进",
  "实施",
  "建设",
  "建成",
  "召开",
  "制定",
  "对接",
  "联合",
  "加快",
  "做好",
  "进行",
  "实现",
  "督促",
  "指导",
  "落实",
  "印发",
  "举办",
  "确定",
  "开工",
  "竣工",
];
/** Before these a date belongs to the sentence (`到 6 月底`, `在 12 月`, `截止 5 月`). */
export const PREPOSITIONS = "到在于至从自止";
