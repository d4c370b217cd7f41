/**
 * Status words: how a sheet's 工作成效 / 目标完成情况 cell says where the work stands (推进正常, 已完成全年任务,
 * 进度滞后), and which of Taizhang's own states say the work is late, ongoing or not done.
 */

import type { ProgressStatus } from "../progress/status";

/** The words of each state, tried in order: the first pattern that matches names the state. */
export const STATUS_WORDS: readonly [RegExp, ProgressStatus][] = [
  [/逾期|到期未完成|超期/, "逾期未完成"],
  [/未开工|未启动|尚未启动|尚未开工/, "未启动"],
  [/滞后|推进缓慢|进展缓慢|落后/, "滞后"],
  [/超序时|超前|提前完成序时/, "超序时"],
  [/已?(超额)?完成|工作完成|全年任务|年度任务|已竣工|已完工|已建成/, "已完成"],
  [/推进正常|正常推进|顺利推进|序时推进|按序时推进|有序推进|稳步推进|按计划推进|正常/, "正常推进"],
];

/** Sheet words that say the work is late or not begun. */
export const LATE_WORDS: readonly ProgressStatus[] = ["滞后", "未启动", "逾期未完成"];
/** Sheet words that say the work goes on: once the deadline has passed, they say it is not done. */
export const ONGOING_WORDS: readonly ProgressStatus[] = ["正常推进", "超序时"];
/** Status words that say the work is not complete yet. */
export const NOT_DONE_WORDS: ReadonlySet<ProgressStatus> = new Set<ProgressStatus>([
  "正常推进",
  "超序时",
  "滞后",
  "未启动",
  "逾期未完成",
]);

/**
 * What a 存在问题 cell says when the problem holds the work back (`资金均未下达，影响…整体工作进度`), as
 * against a problem noted while the work keeps pace (`无`, `天气影响`).
 */
export const HELD_BACK_WORDS =
  /影响.{0,24}(进度|工期|进展)|进度(滞后|缓慢|偏慢|落后)|进展缓慢|推进缓慢|未能按期|无法按期/;
