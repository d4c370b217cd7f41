import { ProgressStatus } from "../../../src/core/progress/status";
import {
  HELD_BACK_WORDS,
  LATE_WORDS,
  NOT_DONE_WORDS,
  ONGOING_WORDS,
  STATUS_WORDS,
} from "../../../src/core/vocabulary/status";

/** The state the first matching pattern names, as readStatusWord tries them. */
function stateOf(text: string): ProgressStatus | null {
  return STATUS_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

describe("status words", () => {
  test.each([
    ["逾期", "逾期未完成"],
    ["到期未完成", "逾期未完成"],
    ["超期", "逾期未完成"],
    ["未开工", "未启动"],
    ["尚未启动", "未启动"],
    ["进度滞后", "滞后"],
    ["推进缓慢", "滞后"],
    ["进展缓慢", "滞后"],
    ["落后", "滞后"],
    ["超序时", "超序时"],
    ["超前", "超序时"],
    ["提前完成序时", "超序时"],
    ["已完成", "已完成"],
    ["已超额完成", "已完成"],
    ["工作完成", "已完成"],
    ["已全年任务", "已完成"],
    ["年度任务", "已完成"],
    ["已竣工", "已完成"],
    ["已完工", "已完成"],
    ["已建成", "已完成"],
    ["推进正常", "正常推进"],
    ["顺利推进", "正常推进"],
    ["按序时推进", "正常推进"],
    ["有序推进", "正常推进"],
    ["稳步推进", "正常推进"],
    ["按计划推进", "正常推进"],
    ["正常", "正常推进"],
    // the first state tried wins: 超期未完成 holds 完成, 滞后于序时推进 holds 序时推进
    ["超期未完成", "逾期未完成"],
    ["滞后于序时推进", "滞后"],
  ])("%s → %s", (text, state) => {
    expect(stateOf(text)).toBe(state);
  });

  test.each(["", "详见附件", "推进中", "已开工", "未填写", "有问题"])(
    "%j names no state",
    (text) => {
      expect(stateOf(text)).toBeNull();
    }
  );
});

describe("classes of states", () => {
  test.each<[ProgressStatus, boolean, boolean, boolean]>([
    ["已完成", false, false, false],
    ["超序时", false, true, true],
    ["正常推进", false, true, true],
    ["滞后", true, false, true],
    ["逾期未完成", true, false, true],
    ["未启动", true, false, true],
    ["无法判断", false, false, false],
  ])("%s: late %s, ongoing %s, not done %s", (state, late, ongoing, notDone) => {
    expect(LATE_WORDS.includes(state)).toBe(late);
    expect(ONGOING_WORDS.includes(state)).toBe(ongoing);
    expect(NOT_DONE_WORDS.has(state)).toBe(notDone);
  });
});

describe("a problems cell that holds the work back", () => {
  test.each([
    ["市级资金均未下达，影响西集、凫城片区整体工作进度", true],
    ["受征地影响，工期推迟，进度滞后", true],
    ["拆迁进展缓慢", true],
    ["无", false],
    ["部分路段受天气影响", false],
    ["资金压力较大", false],
  ])("%s: %s", (text, held) => {
    expect(HELD_BACK_WORDS.test(text)).toBe(held);
  });
});
