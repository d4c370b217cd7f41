import { progressMissingRule } from '../../../src/core/rules/progressMissing';
import { CellSpec, LedgerSpec } from '../../helpers/ledger';
import { testRule } from '../../helpers/ruleTester';

/** A progress report as lanling keeps it, rows from sheet row 3 (title on 1, header on 2). */
function progress(rows: CellSpec[][], merges?: string[]): LedgerSpec {
  return {
    title: '2023年民生实事项目推进情况表',
    headers: ['编号', '项目名称', '任务目标', '项目推进情况', '工作成效', '牵头单位'],
    rows,
    merges,
  };
}

const OPTIONS = { asOf: '2023-06-30' };

testRule(progressMissingRule, {
  valid: [
    {
      name: 'every progress cell filled',
      ledger: progress([
        ['1', '两河体育公园项目', '建设体育公园', '正在进行球场围网施工', '推进正常', '县住建局'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '制定工作方案', '推进正常', '县住建局'],
      ]),
      options: OPTIONS,
    },
    {
      name: 'an empty progress cell on an item whose status says it is done',
      ledger: progress([
        ['1', '荀卿路新建路灯建设项目', '新建路灯', '', '工作完成', '县住建局'],
        ['2', '开展声环境功能区划分情况评估', '完成评估', '', '已 完 成 全 年 任 务', '县生态环境分局'],
      ]),
      options: OPTIONS,
    },
    {
      name: 'an empty progress cell on an item whose figures columns show it complete',
      ledger: {
        title: '民生实事完成情况统计表',
        headers: ['序号', '项目名称', '目标值', '实际完成', '推进情况', '牵头单位'],
        rows: [['1', '新增城镇就业', 8000, 8120, '', '县人社局']],
      },
      options: OPTIONS,
    },
    {
      name: 'a project list has no progress column (lianshui)',
      ledger: {
        title: '2024年县政府民生实事项目表',
        headers: ['序号', '项目名称', '任务明细', '进度计划', '责任单位'],
        rows: [['16', '培育高素质职业农民', '开展高素质农民培训2800人次。', '二季度：开展培训800人。', '农业农村局']],
      },
      options: OPTIONS,
    },
    {
      name: 'a decomposition table has no progress column (tancheng)',
      ledger: {
        headers: [
          ['序号', '名称', '牵头单位及分年度工作任务', '', '工作措施'],
          ['', '', '年度', '牵头单位及工作任务', ''],
        ],
        rows: [
          ['1', '保障城乡供水', '2024年', '县水务集团：加大供水管网敷设面。', ''],
          ['', '', '2025年', '县水务集团：实现信息化管理。', ''],
        ],
        merges: ['C1:D1', 'A1:A2', 'B1:B2', 'E1:E2', 'A3:A4', 'B3:B4'],
      },
      options: OPTIONS,
    },
    {
      name: 'a progress cell merged over two items, written once for both',
      ledger: progress(
        [
          ['1', '扩增基础教育学位资源', '新建学校1所', '主体框架已完成，正在外墙保温施工', '推进正常', '县教体局'],
          ['2', '第二实验学校校舍建设项目', '建设校舍', '', '推进正常', '县教体局'],
        ],
        ['D3:D4']
      ),
      options: OPTIONS,
    },
    {
      name: 'a sub-item whose progress is a number (0 is something written)',
      ledger: progress([['1', '新增停车泊位', '新增停车泊位256个', 0, '推进正常', '区发改局']]),
      options: OPTIONS,
    },
  ],
  invalid: [
    {
      name: 'an empty progress cell while the status says 推进正常',
      ledger: progress([
        ['1', '两河体育公园项目', '建设体育公园', '正在进行球场围网施工', '推进正常', '县住建局'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '', '推进正常', '县住建局'],
      ]),
      options: OPTIONS,
      findings: [{ cell: 'D4', row: 4, rowEnd: 4, message: '「农村清洁取暖建设项目」的项目推进情况未填写，项目尚未完成' }],
    },
    {
      name: 'placeholders staff type for nothing: a slash, dashes, 无',
      ledger: progress([
        ['1', '全域充电桩建设', '建设充电桩', '/', '推进正常', '县发改局'],
        ['2', '农村清洁取暖建设项目', '清洁取暖8000户', '——', '', '县住建局'],
        ['3', '加强残疾人托养服务', '托养服务', '无', '推 进 正 常', '县残联'],
      ]),
      options: OPTIONS,
      findings: [{ cell: 'D3' }, { cell: 'D4' }, { cell: 'D5', messageId: 'missing' }],
    },
    {
      name: 'an empty progress cell merged over two items is one finding, at its top cell',
      ledger: progress(
        [
          ['1', '扩增基础教育学位资源', '新建学校1所', '', '推进正常', '县教体局'],
          ['2', '第二实验学校校舍建设项目', '建设校舍', '', '推进正常', '县教体局'],
        ],
        ['D3:D4']
      ),
      options: OPTIONS,
      findings: [{ cell: 'D3', row: 3, rowEnd: 3 }],
    },
    {
      name: 'a merged project over sub-items, one sub-item without progress (shanting)',
      ledger: {
        title: '2025年一季度民生实事工作进展情况台账',
        headers: ['序号', '目标任务', '具体项目内容', '责任单位', '进展情况', '存在问题'],
        rows: [
          ['1', '基层医疗服务提升工程', '新增样板村卫生室30处', '区卫健局', '已全部开工建设', '无'],
          ['', '', '推进村卫生室一体化管理', '区卫健局', '', '无'],
          ['', '', '推进20家定点医疗机构“刷脸办”', '区医保局', '已完成。', '无'],
        ],
        merges: ['A3:A5', 'B3:B5'],
      },
      options: { asOf: '2025-03-31' },
      findings: [{ cell: 'E4', row: 4, rowEnd: 4, message: '「基层医疗服务提升工程」的进展情况未填写，项目尚未完成' }],
    },
    {
      name: 'figures columns short of the target do not make the item complete',
      ledger: {
        title: '民生实事完成情况统计表',
        headers: ['序号', '项目名称', '目标值', '实际完成', '推进情况', '牵头单位'],
        rows: [['1', '新增城镇就业', 8000, 5375, '', '县人社局']],
      },
      options: OPTIONS,
      findings: [{ cell: 'E3' }],
    },
  ],
});
