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
