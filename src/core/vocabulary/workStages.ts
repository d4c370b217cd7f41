/**
 * The stages a piece of work passes through, in order, and the words that name each: what a reviewer
 * reads off a progress text (招标已完成、已进场施工) and off the plan for the period (6月完成招标). Work
 * that builds nothing climbs the same ladder: 方案印发 (preparation) → 启动 (started) → 实施、发放、培训
 * (under way) → 全部完成 (finished).
 */
export type WorkStage =
  "preparation" | "procurement" | "started" | "underway" | "structureDone" | "finished" | "inUse";

export interface StageWords {
  stage: WorkStage;
  /** How a reviewer names the stage (Chinese, for the basis of a judgement). */
  zh: string;
  en: string;
  words: readonly string[];
}

/** The ladder, lowest first; a longer word wins over a shorter one inside it (主体完工 over 主体). */
export const WORK_STAGES: readonly StageWords[] = [
  {
    stage: "preparation",
    zh: "前期准备",
    en: "preparation",
    words: [
      "方案",
      "立项",
      "可研",
      "设计",
      "审批",
      "评审",
      "规划",
      "选址",
      "摸底",
      "调研",
      "预算",
      "图审",
      "勘察",
      "编制",
      "手续",
      "确村确户",
      "上报",
      "名单",
      "印发",
      "实施方案",
    ],
  },
  {
    stage: "procurement",
    zh: "招标采购",
    en: "procurement",
    words: ["招标", "采购", "签约", "中标", "挂网", "招投标", "签订合同", "施工合同"],
  },
  {
    stage: "started",
    zh: "开工",
    en: "started",
    words: ["进场", "开工", "动工", "启动", "开建", "入场"],
  },
  {
    stage: "underway",
    zh: "实施中",
    en: "under way",
    words: [
      "主体",
      "基础",
      "铺设",
      "安装",
      "浇筑",
      "砌筑",
      "施工",
      "实施",
      "发放",
      "培训",
      "开展",
      "救助",
      "铺装",
      "栽植",
      "改造",
      "建设",
    ],
  },
  {
    stage: "structureDone",
    zh: "主体完工",
    en: "structure done",
    words: ["主体完工", "封顶", "主体完成", "主体结构完成"],
  },
  {
    stage: "finished",
    zh: "完工",
    en: "finished",
    words: ["竣工", "完工", "验收", "建成", "全部完成"],
  },
  {
    stage: "inUse",
    zh: "投用",
    en: "in use",
    words: ["投用", "投入使用", "交付", "开通", "运行", "营业", "通车", "通航"],
  },
];

/** Words before a stage word in its clause that say the stage is not reached (yet). */
export const NOT_REACHED_WORDS: readonly string[] = [
  "未",
  "尚未",
  "暂未",
  "没有",
  "拟",
  "将",
  "准备",
  "计划",
  "筹备",
  "争取",
  "预计",
  "不符合",
  "无法",
  "停工",
  "暂停",
];

/**
 * Words before a stage word that put it off (`尚未招标`, `招投标后预计7月开始施工`): a part of the work
 * short of the stage the plan sets for the period. Narrower than NOT_REACHED_WORDS, whose `将`, `计划`
 * also open the plans every progress text ends with (`下一步将加快施工`).
 */
export const DELAY_WORDS: readonly string[] = [
  "未",
  "尚未",
  "暂未",
  "没有",
  "预计",
  "推迟",
  "延期",
  "延后",
];

/** A date a measure has been in force from (`6月1日起`): done once the report date is past it. */
export const IN_FORCE_FROM = /(\d{1,2})月(\d{1,2})日起/;

/**
 * At a reached deadline with no figures to compute, what says the work itself is done (`已统一提高到70%`,
 * `机制已建立`).
 */
export const DONE_STATEMENT_WORDS: readonly string[] = [
  "已建立",
  "已实现",
  "已提高",
  "已统一",
  "已全部完成",
  "已全面完成",
  "已落实到位",
];

/** Words in a clause that say the stage it names is done, not merely under way. */
export const STAGE_DONE_WORDS: readonly string[] = [
  "已完成",
  "完成",
  "已",
  "结束",
  "办结",
  "通过",
  "印发",
];

/** Names of parties that hold a stage word without naming a stage (`施工单位已进场` is a start). */
export const STAGE_FREE_PHRASES: readonly string[] = [
  "施工单位",
  "设计单位",
  "设计院",
  "监理单位",
  "建设单位",
  "招标代理",
  "采购代理",
];
