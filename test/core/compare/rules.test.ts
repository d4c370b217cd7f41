import { deadlineChangedRule } from '../../../src/core/compare/rules/deadlineChanged';
import { investmentChangedRule } from '../../../src/core/compare/rules/investmentChanged';
import { itemAddedRule } from '../../../src/core/compare/rules/itemAdded';
import { itemRemovedRule } from '../../../src/core/compare/rules/itemRemoved';
import { progressRegressedRule } from '../../../src/core/compare/rules/progressRegressed';
import { progressUnchangedRule } from '../../../src/core/compare/rules/progressUnchanged';
import { targetChangedRule } from '../../../src/core/compare/rules/targetChanged';
import { CellSpec } from '../../helpers/ledger';
import { period, testCompareRule } from '../../helpers/compareTester';

/** One item's row, with the cells a case changes: 序号, 项目名称, 目标任务, 总投资, 牵头单位, 完成时限, 推进情况, 进度状态. */
function row(changes: Partial<Record<'target' | 'invest' | 'deadline' | 'progress' | 'status', CellSpec>> = {}): CellSpec[] {
  return [
    '1',
    '新建供热管网项目',
    changes.target ?? '新建供热管网3公里',
    changes.invest ?? 500,
    '县住建局',
    changes.deadline ?? '2025年10月底',
    changes.progress ?? '截至3月底，累计完成管网铺设1.2公里，正在开展沟槽开挖',
    changes.status ?? '推进正常',
  ];
}
const OTHER: CellSpec[] = ['2', '城区老旧小区改造', '改造老旧小区12个', 3000, '县住建局', '2025年11月', '完成设计方案', '推进正常'];
/** The other item, its progress moved on this period. */
const OTHER_NOW = OTHER.map((cell, i) => (i === 6 ? '完成施工招标' : cell));
const pair = (last: CellSpec[], current: CellSpec[]) => ({ last: period([last, OTHER]), current: period([current, OTHER_NOW]) });

testCompareRule(progressUnchangedRule, {
  valid: [
    { name: 'progress that moved on', ...pair(row(), row({ progress: '截至4月底，累计完成管网铺设2公里，开始回填' })) },
    { name: 'the same words with a figure of the work moved', ...pair(row(), row({ progress: '截至4月底，累计完成管网铺设1.8公里，正在开展沟槽开挖' })) },
    { name: 'an empty progress cell this period (PROGRESS_MISSING’s)', ...pair(row(), row({ progress: '' })) },
    { name: 'a finished item', ...pair(row({ progress: '已完工', status: '已完成' }), row({ progress: '已完工', status: '已完成' })) },
    { name: 'a progress cell of 100% alone both periods (done)', ...pair(row({ progress: '100%', status: '' }), row({ progress: '100%', status: '' })) },
  ],
  invalid: [
    {
      name: 'the same text with the dates moved on',
      ...pair(row(), row({ progress: '截至4月底，累计完成管网铺设1.2公里，正在开展沟槽开挖' })),
      findings: [{ cell: 'G3', message: /^与上期推进情况相同（相似度 100%）：上期为「截至3月底/ }],
    },
    {
      name: 'nearly the same text, spacing and one word apart',
      ...pair(row(), row({ progress: '截至3月底， 累计完成管网铺设1.2公里，正在开展沟槽开挖工作' })),
      findings: [{ cell: 'G3', message: /相似度 9\d%/ }],
    },
  ],
});

testCompareRule(progressRegressedRule, {
  valid: [
    { name: 'completion up', ...pair(row(), row({ progress: '截至4月底，累计完成管网铺设2公里' })) },
    { name: 'the same running total', ...pair(row(), row()) },
    {
      name: 'a year-on-year growth rate lower while the work moved on',
      ...pair(row({ progress: '累计完成管网铺设1.2公里，同比增长8%' }), row({ progress: '累计完成管网铺设2公里，同比增长7.5%' })),
    },
  ],
  invalid: [
    {
      name: 'a running total and completion lower than last period’s',
      ...pair(row(), row({ progress: '截至4月底，累计完成管网铺设0.9公里' })),
      findings: [
        { cell: 'G3', message: '完成率由上期 40% 降为 30%', expected: 0.4, actual: 0.3 },
        { cell: 'G3', message: '累计完成「0.9公里」低于上期的「1.2公里」', expected: 1.2, actual: 0.9 },
      ],
    },
  ],
});

testCompareRule(targetChangedRule, {
  valid: [
    { name: 'the same target', ...pair(row(), row()) },
    { name: 'a target reworded, its figures the same', ...pair(row(), row({ target: '年内新建城区供热管网3公里' })) },
  ],
  invalid: [
    {
      name: 'a target figure changed',
      ...pair(row(), row({ target: '新建供热管网5公里' })),
      findings: [{ cell: 'C3', message: '目标由上期「3公里」改为「5公里」（上期目标：新建供热管网3公里）', expected: 3, actual: 5 }],
    },
  ],
});

testCompareRule(deadlineChangedRule, {
  valid: [{ name: 'the same deadline', ...pair(row(), row()) }],
  invalid: [
    {
      name: 'a deadline put back',
      ...pair(row(), row({ deadline: '2025年12月底' })),
      findings: [{ cell: 'F3', message: '完成时限由上期「2025年10月底」改为「2025年12月底」' }],
    },
  ],
});

testCompareRule(investmentChangedRule, {
  valid: [
    { name: 'the same investment', ...pair(row(), row()) },
    { name: 'the same investment written as text', ...pair(row(), row({ invest: '500' })) },
  ],
  invalid: [
    {
      name: 'a total investment that moved',
      ...pair(row(), row({ invest: 650 })),
      findings: [{ cell: 'D3', message: '总投资由上期 500 改为 650', expected: 500, actual: 650 }],
    },
  ],
});

const NEW: CellSpec[] = ['3', '新增公办幼儿园学位', '新增学位600个', 800, '县教体局', '2025年8月', '主体施工', '推进正常'];

testCompareRule(itemAddedRule, {
  valid: [{ name: 'the same items, reordered', last: period([row(), OTHER]), current: period([OTHER, row()]) }],
  invalid: [
    {
      name: 'an item new this period',
      last: period([row(), OTHER]),
      current: period([row(), NEW, OTHER]),
      findings: [{ cell: 'B4', message: '本期新增事项「新增公办幼儿园学位」：上期台账中没有' }],
    },
  ],
});

testCompareRule(itemRemovedRule, {
  valid: [
    {
      name: 'rows inserted around the items',
      last: period([row(), OTHER]),
      current: period([NEW, row(), NEW.map((c, i) => (i === 1 ? '新建城市书房' : c)), OTHER]),
    },
  ],
  invalid: [
    {
      name: 'an item dropped: pointed at in last period’s sheet',
      last: period([row(), NEW, OTHER]),
      current: period([row(), OTHER]),
      findings: [{ cell: 'B4', message: '上期事项「新增公办幼儿园学位」（上期工作表「台账」B4）本期台账中没有' }],
    },
  ],
});
