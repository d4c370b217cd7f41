import { compactText } from "../text/normalize";
import { LATE_WORDS, ONGOING_WORDS, STATUS_WORDS } from "../vocabulary/status";

/** The progress states Taizhang reports, in the words staff use. */
export type ProgressStatus =
  "已完成" | "超序时" | "正常推进" | "滞后" | "逾期未完成" | "未启动" | "无法判断";

export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  "已完成",
  "超序时",
  "正常推进",
  "滞后",
  "逾期未完成",
  "未启动",
  "无法判断",
];

/** A status cell longer than this is a sentence about parts of the work, not a status word. */
const MAX_STATUS_LENGTH = 12;

/**
 * Reads the status word a sheet gives (工作成效 / 目标完成情况), whatever its spelling: 推进正常 =
 * 正常推进 = 顺利推进; 已完成全年任务 = 工作完成 = 已完成; scanning spaces removed, and a lost character
 * forgiven (`已 全 年 任 务`). Null when the cell is empty or says something else.
 */
export function readStatusWord(text: string): ProgressStatus | null {
  const compact = compactText(text).replace(/[。.！!]$/, "");
  if (compact === "" || compact.length > MAX_STATUS_LENGTH) return null;
  for (const [pattern, status] of STATUS_WORDS) if (pattern.test(compact)) return status;
  return null;
}

export interface StatusInput {
  completion: number | null;
  timeElapsed: number | null;
  /** The deadline is reached (or passed) at the report date. */
  deadlineReached: boolean;
  /** The deadline lies before the report date. */
  deadlinePassed: boolean;
  /** How far completion may trail time before it is 滞后, as a fraction (0.1). */
  margin: number;
  /** The progress text says the work has not started (未开工, 尚未启动). */
  notStarted: boolean;
  /** The status word the sheet gives, if any. */
  sheetStatus: ProgressStatus | null;
}

/**
 * At a reached deadline, what shows the work is not complete: a completion under 100%, a text saying
 * it has not started, a late status word, or an ongoing one once the deadline has passed (on the
 * deadline day itself 推进正常 may be the day the work is finished). The sheet's own 已完成 stands;
 * STATUS_INCONSISTENT weighs it against the text.
 */
function lateAtDeadline(input: StatusInput): boolean {
  const { completion, sheetStatus } = input;
  if (sheetStatus === "已完成") return false;
  if (completion !== null || input.notStarted) return true;
  if (sheetStatus === null) return false;
  return (
    LATE_WORDS.includes(sheetStatus) ||
    (ONGOING_WORDS.includes(sheetStatus) && input.deadlinePassed)
  );
}

/** 序时 comparison: completion against the share of the item's time that has passed. */
export function decideStatus(input: StatusInput): ProgressStatus {
  const { completion, timeElapsed, margin } = input;
  if (completion !== null && completion >= 1) return "已完成";
  if (input.deadlineReached) {
    if (input.sheetStatus === "已完成") return "已完成";
    return lateAtDeadline(input) ? "逾期未完成" : "无法判断";
  }
  // a completion outweighs words that part of the work has not started (`50%(马站未开工)`)
  if (input.notStarted && completion === null) return "未启动";
  if (completion === null || timeElapsed === null) return "无法判断";
  if (completion - timeElapsed > margin) return "超序时";
  if (timeElapsed - completion > margin) return "滞后";
  return "正常推进";
}
