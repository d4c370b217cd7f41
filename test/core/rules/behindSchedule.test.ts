import { behindScheduleRule } from '../../../src/core/rules/behindSchedule';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/** A first-quarter ledger as shanting keeps it, rows from sheet row 3: progress is column D. */
function ledger(...rows: [content: string, done: CellSpec][]): LedgerSpec {
  return {
    title: '2025年一季度民生实事工作进展情况台账',
    headers: ['序号', '目标任务', '具体项目内容', '进展情况', '责任单位'],
    rows: rows.map(([content, done], i) => [String(i + 1), `工程${i + 1}`, content, done, '区人社局']),
  };
}

/** A progress report with a status word and a deadline column, rows from sheet row 3. */
function report(...rows: [target: string, done: string, status: string, deadline: string][]): LedgerSpec {
  return {
    title: '2023年民生实事项目推进情况表',
    headers: ['编号', '项目名称', '任务目标', '项目推进情况', '工作成效', '完成时限'],
    rows: rows.map((r, i) => [String(i + 1), `项目${i + 1}`, ...r]),
  };
}

const Q1 = { asOf: '2025-03-31' };
const SKILLS = '持续开展免费技能培训，新增高技能人才1000人以上。';

testRule(behindScheduleRule, {
  valid: [
    {
      name: 'within the margin: 20% done at 24.7% of the year',
      ledger: ledger([SKILLS, '新增高技能人才200人。']),
      options: Q1,
    },
    {
      name: 'ahead of time',
      ledger: ledger([SKILLS, '新增高技能人才400人。']),
      options: Q1,
    },
    {
      name: 'no figure to set against the target',
      ledger: ledger([SKILLS, '已对4家遴选补贴性创业培训机构报送的材料进行初步审核。']),
      options: Q1,
    },
    {
      name: 'a wider margin set by the caller: 14.7 points behind is within 20',
      ledger: ledger(['举办线上线下招聘活动50场次以上。', '举办招聘活动5场。']),
      options: { ...Q1, settings: { behindMargin: 0.2 } },
    },
    {
      name: 'the sheet says 滞后 but nothing computes a completion: the sheet word is another rule',
      ledger: report(['建设体育公园', '正在进行球场围网施工。', '进度滞后', '2023年12月']),
      options: { asOf: '2023-06-30' },
    },
    {
      name: 'the deadline has passed: late, not behind',
      ledger: report(['开展高素质农民培训2800人次', '已完成培训300人次。', '推进正常', '2023年5月']),
      options: { asOf: '2023-06-30' },
    },
  ],
  invalid: [
    {
      name: 'shanting 高技能人才: 62 of 1000 at the end of the first quarter',
      ledger: ledger(
        ['加快城市更新，新建供热管网3公里。', '完成玄武路管网施工0.2公里，正在谋划供热管网项目。'],
        [SKILLS, '已对4家遴选补贴性创业培训机构报送的材料进行初步审核；新增高技能人才62人。']
      ),
      options: Q1,
      findings: [
        {
          cell: 'D3',
          message: '完成率 6.7%（0.2公里 / 3公里），落后序时进度 24.7% 超过 10 个百分点',
          expected: 0.2466,
          actual: 0.0667,
        },
        {
          cell: 'D4',
          row: 4,
          rowEnd: 4,
          messageId: 'behindTarget',
          message: '完成率 6.2%（62人 / 1000人），落后序时进度 24.7% 超过 10 个百分点',
          expected: 0.2466,
          actual: 0.062,
        },
      ],
    },
    {
      name: 'several targets: the lowest sets the completion and is named',
      ledger: ledger([
        '举办线上线下招聘活动50场次以上，新增城镇就业2800人以上，力争发放创业担保贷款1亿元。',
        '举办招聘活动5场，累计新增城镇就业1052人，发放创业担保贷款2575万元。',
      ]),
      options: Q1,
      findings: [{ cell: 'D3', message: '完成率 10%（5场 / 50场次），落后序时进度 24.7% 超过 10 个百分点', actual: 0.1 }],
    },
    {
      name: 'a stated percent of the whole task, at mid-year',
      ledger: report(['开展食品安全抽检2000批次', '已完成年度计划的30%。', '推进正常', '2023年12月']),
      options: { asOf: '2023-06-30' },
      findings: [
        {
          cell: 'D3',
          messageId: 'behind',
          message: '完成率 30%，落后序时进度 49.6% 超过 10 个百分点',
          expected: 0.4959,
          actual: 0.3,
        },
      ],
    },
    {
      name: 'a narrower margin set by the caller',
      ledger: ledger([SKILLS, '新增高技能人才200人。']),
      options: { ...Q1, settings: { behindMargin: 0.04 } },
      findings: [{ cell: 'D3', message: '完成率 20%（200人 / 1000人），落后序时进度 24.7% 超过 4 个百分点' }],
    },
    {
      name: 'no progress column: the finding is at the name cell',
      ledger: {
        title: '2025年民生实事完成情况统计表',
        headers: ['序号', '项目名称', '目标值', '实际完成', '牵头单位'],
        rows: [['1', '新增城镇就业', 2800, 100, '区人社局']],
      },
      options: Q1,
      findings: [{ cell: 'B3', row: 3, message: '完成率 3.6%，落后序时进度 24.7% 超过 10 个百分点' }],
    },
  ],
});
