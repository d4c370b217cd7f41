import { decideStatus, readStatusWord } from '../../../src/core/progress/status';

describe('status words as the sheets write them', () => {
  it.each([
    ['推进正常', '正常推进'],
    ['正常推进', '正常推进'],
    ['顺利推进', '正常推进'],
    ['序时推进', '正常推进'],
    ['已完成全年任务', '已完成'],
    ['已 完 成 全 年 任 务', '已完成'],
    ['已完 成全 年任 务', '已完成'],
    ['已 全 年 任 务', '已完成'],
    ['已全年完成任务', '已完成'],
    ['工作完成', '已完成'],
    ['已超额完成', '已完成'],
    ['进度滞后', '滞后'],
    ['推进缓慢', '滞后'],
    ['未开工', '未启动'],
    ['未启动', '未启动'],
  ])('%s → %s', (text, status) => {
    expect(readStatusWord(text)).toBe(status);
  });

  it.each(['', '罗庄区、河东区、高新区、沂河新区综合公园完成年度任务。', '详见附件'])('%j is no status word', (text) => {
    expect(readStatusWord(text)).toBeNull();
  });
});

describe('status from completion and 序时进度', () => {
  const base = { deadlineReached: false, deadlinePassed: false, margin: 0.1, notStarted: false, sheetStatus: null };
  it.each([
    [{ completion: 1, timeElapsed: 0.5 }, '已完成'],
    [{ completion: 1.2, timeElapsed: 0.5 }, '已完成'],
    [{ completion: 0.7, timeElapsed: 0.5 }, '超序时'],
    [{ completion: 0.55, timeElapsed: 0.5 }, '正常推进'],
    [{ completion: 0.45, timeElapsed: 0.5 }, '正常推进'],
    [{ completion: 0.3, timeElapsed: 0.5 }, '滞后'],
    [{ completion: null, timeElapsed: 0.5 }, '无法判断'],
  ] as const)('%j → %s', (input, status) => {
    expect(decideStatus({ ...base, ...input })).toBe(status);
  });

  it('is overdue at the deadline when anything says the work is not complete', () => {
    const reached = { ...base, timeElapsed: 1, deadlineReached: true };
    expect(decideStatus({ ...reached, completion: 0.6 })).toBe('逾期未完成');
    expect(decideStatus({ ...reached, completion: null, sheetStatus: '滞后' })).toBe('逾期未完成');
    expect(decideStatus({ ...reached, completion: null, notStarted: true })).toBe('逾期未完成');
    expect(decideStatus({ ...reached, completion: 1 })).toBe('已完成');
  });

  it('takes 推进正常 for late only once the deadline has passed, not on its day', () => {
    const reached = { ...base, completion: null, timeElapsed: 1, deadlineReached: true, sheetStatus: '正常推进' as const };
    expect(decideStatus(reached)).toBe('无法判断');
    expect(decideStatus({ ...reached, deadlinePassed: true })).toBe('逾期未完成');
  });

  it('lets the sheet’s own 已完成 stand at the deadline (STATUS_INCONSISTENT weighs it)', () => {
    expect(decideStatus({ ...base, completion: 0.6, timeElapsed: 1, deadlineReached: true, sheetStatus: '已完成' })).toBe('已完成');
  });

  it('cannot judge past a deadline with nothing to go on', () => {
    expect(decideStatus({ ...base, completion: null, timeElapsed: 1, deadlineReached: true, deadlinePassed: true })).toBe('无法判断');
  });

  it('is 未启动 when the progress text says so', () => {
    expect(decideStatus({ ...base, completion: null, timeElapsed: 0.3, notStarted: true })).toBe('未启动');
  });

  it('judges by the completion when part of the work has started (`50%(马站未开工)`)', () => {
    expect(decideStatus({ ...base, completion: 0.5, timeElapsed: 0.833, notStarted: true })).toBe('滞后');
  });

  it('honours the margin', () => {
    expect(decideStatus({ ...base, completion: 0.3, timeElapsed: 0.5, margin: 0.25 })).toBe('正常推进');
  });
});
