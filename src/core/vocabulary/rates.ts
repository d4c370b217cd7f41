/** The words of rates: which headers hold percents, which rates measure completion, which aims are ceilings. */

/** A header whose bare numbers are percents: `完成比例(%)`, `完成率`, `占比`. */
export const PERCENT_HEADER_WORDS = /%|％|比例|比率|占比|比重|百分比|率/;

/**
 * Rates that measure completion against a plan, which may honestly pass 100% (超额完成): 完成率,
 * 完成比例, 投资完成率, a share of the year's plan.
 */
export const COMPLETION_RATE_WORDS =
  /完成(率|比例|比率|进度)|占(年度|全年)?(计划|任务|目标)|完成(年度|全年)(计划|任务|目标)/;

/**
 * An indicator whose aim is a ceiling: lower is better (`失业率控制在4.5%以内`, `城镇登记失业率低于(%)`).
 * Its target is met at or under the figure, and its stated rate may be target ÷ actual.
 */
export const CEILING_WORDS = /低于|以内|以下|不超过|不高于|控制在|控制率|失业率/;

/** Words besides …率 that name a share of a whole. */
export const SHARE_WORDS = ["满意度", "占比", "比重", "比例"];

/**
 * Rates that may be negative or exceed 100%: growth and change (a change is no share), money and
 * efficiency ratios. Never checked.
 */
export const FREE_RATE_WORDS = [
  "增长率",
  "变化率",
  "上升率",
  "提升率",
  "提高率",
  "增加率",
  "下降率",
  "降低率",
  "利率",
  "汇率",
  "税率",
  "费率",
  "收益率",
  "回报率",
  "溢价率",
  "贡献率",
  "效率",
  "功率",
  "频率",
  "倍率",
  "容积率",
  "周转率",
  "负债率",
];

/**
 * Rates in text that may pass 100% but not fall below 0: completion (超额完成: 1341 of 1232 户 is
 * 109%) and gross enrolment (毛入学率 counts pupils of any age).
 */
export const UNCAPPED_RATE_WORDS = ["完成率", "完成比例", "执行率", "毛入学率"];

/**
 * What stands right before a completion percent: `完成率`, `完成任务的`, `完成年度计划的`,
 * `完成全年创建计划的`, `完成总体目标`, `完成了`. `完成施工形象进度的30%` names no target and is no rate.
 */
export const COMPLETION_BEFORE_PERCENT: readonly RegExp[] = [
  /完成率(?:为|达到|达|是)?$/,
  /完成了?(?:全年|年度|总体|全部)?[^\d,.;:。、()%]{0,12}?(?:任务|目标|计划)的?$/,
  /完成了?(?:全年|年度)?的?$/,
];
/** A figure whose clause says 计划/目标/任务 and not 完成 restates the target (`危房改造计划追加至1232户`). */
export const RESTATED_TARGET_WORDS = /计划|目标|任务/;

/** In a progress report, what is 已 done or stands 截至 a date is the total to date, not one month's. */
export const TO_DATE_WORDS = /已|截至|截止|目前|至今/;

/** A verb of change before a rate's figure makes it a change of the rate, not the rate (`覆盖率提高5%`). */
export const RATE_CHANGE_VERBS =
  /(提高|提升|降低|下降|增长|减少|增加|上升|上涨|压减)(?![到至])|同比|环比/;
