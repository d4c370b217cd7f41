import { partExceedsWholeRule } from '../../../src/core/rules/partExceedsWhole';
import { testRule } from '../../helpers/ruleTester';
import { progressReport, projectList } from './sumsAndCounts.fixtures';
import { planted, plantedCell } from '../../helpers/workbooks';

testRule(partExceedsWholeRule, {
  valid: [
    {
      name: 'the year\'s plan equal to the total',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', 520, 520, 67, 453, null, null, '教体局']]),
    },
    {
      name: 'the year\'s plan below the total (a multi-year project)',
      ledger: projectList([['一、宜居环境', '1', '供水管网', '改造', 15200, 4000, 1000, 3000, null, null, '住建局']]),
    },
    {
      name: 'the year\'s plan above the total only within the table\'s rounding',
      ledger: projectList([['一、宜居环境', '1', '供水管网', '改造', 0.3, { v: 0.1 + 0.2, z: '0.00' }, 0.3, null, null, null, '住建局']]),
    },
    {
      name: 'a funding source above the total is SUM_MISMATCH\'s to report',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', 520, 520, 600, null, null, null, '教体局']]),
    },
    {
      name: 'a totals row within its total',
      ledger: projectList([
        ['项目（合计：2个）', '', '', '', 500, 480, null, 500, null, null, ''],
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 180, null, 200, null, null, '教体局'],
      ], ['A4:D4']),
    },
    {
      name: 'a total or year that is not a number',
      ledger: projectList([['一、教育惠民', '1', '甲', '甲', '待定', 300, null, 300, null, null, '教体局']]),
    },
    {
      name: 'linyi: a single 其中 part below its whole',
      ledger: progressReport([{ progress: '1-12月，全市发放各项定期待遇5126万元，其中市本级发放1745万元。' }]),
    },
    {
      name: 'linyi: 0.9万人 of which 1500人 (the whole written with 万)',
      ledger: progressReport([{ target: '①5月，完成城镇新增就业0.9万人，其中就业困难人员就业1500人。' }]),
    },
    {
      name: 'lanling: 120万名 of which 146400人',
      ledger: progressReport([{ target: '为全市120万名35-64岁适龄妇女进行第四轮“两癌”免费检查,其中兰陵县检查146400人。' }]),
    },
    {
      name: 'a single part in another unit than the whole',
      ledger: progressReport([{ progress: '建成卫生室30处，其中通过验收的有45家。' }]),
    },
    {
      name: 'one of several parts above the whole is SUM_MISMATCH\'s to report',
      ledger: progressReport([{ progress: '培训300人，其中农民400人、妇女100人。' }]),
    },
    {
      name: 'a whole of at least (以上)',
      ledger: progressReport([{ progress: '招聘500人以上，其中高校毕业生600人。' }]),
    },
    {
      name: 'a whole one of a list: the part may belong to the list\'s sum',
      ledger: progressReport([{ progress: '全县共有20个乡镇卫生院、1家社区卫生服务中心,其中6家通过了推荐标准。' }]),
    },
    {
      name: 'a running total as the part of a period\'s figure',
      ledger: progressReport([{ progress: '今年完成投资5000万元，其中累计完成水厂投资8000万元。' }]),
    },
    {
      name: 'a whole that is approximate, within the approximate tolerance',
      ledger: progressReport([{ progress: '惠及群众约1000人，其中老人1040人。' }]),
    },
  ],
  invalid: [
    {
      name: 'an item whose year\'s plan is above its total',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', 520, 620, 67, 453, null, null, '教体局']]),
      findings: [
        {
          cell: 'F4',
          row: 4,
          rowEnd: 4,
          messageId: 'investYear',
          message: '2024年计划投资 620 万元 大于 项目计划总投资 520 万元',
          expected: 520,
          actual: 620,
        },
      ],
    },
    {
      name: 'an item whose figures are stored as text',
      ledger: projectList([['一、教育惠民', '1', '守护学生健康', '体检', '520', '520.5', 67, 453, null, null, '教体局']]),
      findings: [{ cell: 'F4', expected: 520, actual: 520.5 }],
    },
    {
      name: 'a totals row above its total while the items are right',
      ledger: projectList([
        ['项目（合计：2个）', '', '', '', 500, 520, null, 500, null, null, ''],
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
      ], ['A4:D4']),
      findings: [{ cell: 'F4', row: 4, rowEnd: 4, expected: 500, actual: 520 }],
    },
    {
      name: 'an item above its total: the totals row only repeats it and is not reported',
      ledger: projectList([
        ['项目（合计：2个）', '', '', '', 500, 520, null, 500, null, null, ''],
        ['一、教育惠民', '1', '甲', '甲', 300, 320, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
      ], ['A4:D4']),
      findings: [{ cell: 'F5', expected: 300, actual: 320 }],
    },
    {
      name: 'linyi with the single 其中 part planted above the whole',
      ledger: progressReport([{ progress: '1-12月，全市发放各项定期待遇5126万元，其中市本级发放6745万元。' }]),
      findings: [
        { cell: 'D3', row: 3, messageId: 'ofWhich', message: '「其中」6745 万元 大于 全市发放各项定期待遇 5126 万元', expected: 5126, actual: 6745 },
      ],
    },
    {
      name: 'a part in another magnitude of the whole\'s unit, reported in the whole\'s unit',
      ledger: progressReport([{ progress: '发放创业担保贷款2.2亿元，其中个人贷款25000万元。' }]),
      findings: [{ cell: 'D3', expected: 2.2, actual: 2.5 }],
    },
    {
      name: 'a part in a unit that counts alike (名 and 人)',
      ledger: progressReport([{ target: '为120名残疾人提供托养服务,其中:日间照料180人。' }]),
      findings: [{ cell: 'C3', expected: 120, actual: 180 }],
    },
    {
      name: 'lianshui with project 1\'s year planted above its total',
      workbook: plantedCell('lianshui', 'G5', 1100),
      findings: [{ cell: 'G5', row: 5, expected: 110, actual: 1100 }],
    },
    {
      name: 'lanling with the real 其中 planted: 146400人 made 1460万人',
      workbook: planted('lanling', 'C20', (t) => t.replace('146400人', '1460万人')),
      findings: [{ cell: 'C20', expected: 1200000, actual: 14600000 }],
    },
  ],
});
