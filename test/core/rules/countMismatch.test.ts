import { countMismatchRule, mayCountListedNames } from '../../../src/core/rules/countMismatch';
import { NAME_COUNT_UNITS } from '../../../src/core/vocabulary/counting';
import { normalizeText, parseFigures } from '../../../src/core/text';
import { testRule } from '../../helpers/ruleTester';
import { progressReport, projectList } from './sumsAndCounts.fixtures';
import { planted, sharedTexts } from '../../helpers/workbooks';

// Real texts from the five workbooks.
const LIANSHUI_FIRE = '新建薛行、红窑、五港3个政府专职队训练塔；新建62个市政消火栓；新建70套电动自行车智能充电系统。';
const TANCHENG_HOUSING =
  '县城建突破指挥部：新开工后八庙、肉联厂片区、幸福里北区、马头205国道、东北片区18号地块、东北片区21号地块，6个安置房项目，加快推进全县10个续建安置房项目建设，力争完成李庄滨河花园、马头玉带社区、东北片区一号地块、湖里片区、南关三片区、东北片区九号地块、幸福里D区、啤酒厂家属院、葛庄安置区9个项目交付安置。';
const LANLING_DEMOLISHED = '水泥二厂家属院、供销社家属院、职教中心家属院 3 个小区已拆除。';

const threeProjects = (label: string) =>
  projectList(
    [
      [label, '', '', '', 600, 600, null, 600, null, null, ''],
      ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
      ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
      ['', '3', '丙', '丙', 100, 100, null, 100, null, null, '教体局'],
    ],
    ['A4:D4'],
  );

testRule(countMismatchRule, {
  valid: [
    { name: "lianshui's totals label against the projects listed", ledger: threeProjects('项目（合计：3个）') },
    { name: 'a totals label 共计N项', ledger: threeProjects('共计3项') },
    { name: 'a totals label without a count', ledger: threeProjects('合计') },
    {
      name: 'a totals count of rows where projects have several rows (accepted as the rows or the projects)',
      ledger: {
        headers: ['序号', '目标任务', '具体项目内容', '责任单位', '进展情况'],
        rows: [
          ['合计（共3个项目）', '', '', '', ''],
          ['1', '基层医疗', '新增样板村卫生室30处', '区卫健局', '已开工'],
          ['', '', '推进一体化管理', '区医保局', '推进中'],
          ['2', '优质教育', '扩增学位400个', '区教体局', '已上报'],
        ],
        merges: ['A4:A5', 'B4:B5'],
      },
    },
    { name: 'lianshui: 薛行、红窑、五港3个', ledger: progressReport([{ target: LIANSHUI_FIRE }]) },
    {
      name: 'tancheng: six names across a comma, and nine names with numbers in them (马头205国道, 东北片区18号地块)',
      ledger: progressReport([{ target: TANCHENG_HOUSING }]),
    },
    { name: 'lanling: 3 个小区 after three names', ledger: progressReport([{ progress: LANLING_DEMOLISHED }]) },
    {
      name: 'a list ending in 等 before the count (lianshui)',
      ledger: progressReport([{ target: '改造淮浦人家、涟洲人家、军民中心村四期、果林路片区、淮文宿舍楼等9个小区。' }]),
    },
    {
      name: 'a list ending in 等 before a spaced count (lanling)',
      ledger: progressReport([
        { target: '改造地税局税苑小区、中医院家属院、公安局家属院、民政局家属院等 37 个小区。' },
      ]),
    },
    {
      name: 'elements that carry their own quantities (lanling)',
      ledger: progressReport([
        { target: '包括 2 个七人制足球场、6 个篮球场、2 个网球场、8 个羽毛球场、2 个排球场、厕所 2 处、停车场 1 处。' },
      ]),
    },
    { name: 'a single name, no 、', ledger: progressReport([{ target: '建设马头205国道片区3个安置房项目。' }]) },
    {
      name: 'names joined by 和 at the end (A、B和C 3个)',
      ledger: progressReport([{ target: '改造红窑、五港和高沟3个卫生院。' }]),
    },
    {
      name: 'the last name containing 和 itself (社会保障和就业 is one name)',
      ledger: progressReport([{ progress: '教育、卫生健康、社会保障和就业3个领域支出。' }]),
    },
    {
      name: 'a count after a verb counts what is built at the places named (linyi)',
      ledger: progressReport([{ progress: '确定在平邑县、莒南县、费县建设5个县级寄递物流示范中心。' }]),
    },
    {
      name: 'a count for each of the names (各)',
      ledger: progressReport([{ progress: '全市建成14家，其中兰山区、蒙阴县各建成3家成人接种门诊。' }]),
    },
    {
      name: 'a 、 inside quotes is part of one name (tancheng)',
      ledger: progressReport([{ target: '完成第一批“百村示范、千村整治”工程9个示范村的建设任务。' }]),
    },
    {
      name: 'a quantity far above the names counts something else (linyi)',
      ledger: progressReport([{ progress: '新建街角游园、口袋公园143处绿地。' }]),
    },
    {
      name: 'two kinds of things and a count of both (too short a list to tell names from kinds)',
      ledger: progressReport([{ progress: '新建街角游园、口袋公园3处绿地。' }]),
    },
    {
      name: 'a count that names nothing after it',
      ledger: progressReport([{ progress: '新建公园、游园、绿地5处。' }]),
    },
    {
      name: 'names inside brackets before a count outside them',
      ledger: progressReport([
        {
          progress:
            '对京沪高速临沂段（临沂-临沂南、临沂北-临沂南、临沂-临沂北）安装ETC设备的一型客车（9 座以下）免费通行。',
        },
      ]),
    },
  ],
  invalid: [
    {
      name: "lianshui's totals label stating one project too many",
      ledger: threeProjects('项目（合计：4个）'),
      findings: [
        {
          cell: 'A4',
          row: 4,
          rowEnd: 4,
          messageId: 'totals',
          message: '合计行写 4 个，表中列有 3 个项目',
          expected: 3,
          actual: 4,
        },
      ],
    },
    {
      name: 'a totals label 合计（共N个项目） at the bottom',
      ledger: projectList([
        ['一、教育惠民', '1', '甲', '甲', 300, 300, null, 300, null, null, '教体局'],
        ['', '2', '乙', '乙', 200, 200, null, 200, null, null, '教体局'],
        ['合计（共8个项目）', '', '', '', 500, 500, null, 500, null, null, ''],
      ]),
      findings: [{ cell: 'A6', expected: 2, actual: 8 }],
    },
    {
      name: 'lianshui with 3个 planted as 4个',
      ledger: progressReport([{ target: LIANSHUI_FIRE.replace('3个', '4个') }]),
      findings: [
        {
          cell: 'C3',
          row: 3,
          messageId: 'names',
          message: '列举了 3 个名称（新建薛行、红窑、五港），却写作「4个」',
          expected: 3,
          actual: 4,
        },
      ],
    },
    {
      name: 'tancheng with 6个 planted as 7个 (the list spans the comma before the count)',
      ledger: progressReport([{ target: TANCHENG_HOUSING.replace('6个', '7个') }]),
      findings: [{ cell: 'C3', expected: 6, actual: 7 }],
    },
    {
      name: 'tancheng with 9个项目 planted as 8个项目',
      ledger: progressReport([{ target: TANCHENG_HOUSING.replace('9个项目', '8个项目') }]),
      findings: [{ cell: 'C3', expected: 9, actual: 8 }],
    },
    {
      name: 'lanling with 3 个 planted as 4 个',
      ledger: progressReport([{ progress: LANLING_DEMOLISHED.replace('3 个', '4 个') }]),
      findings: [{ cell: 'D3', expected: 3, actual: 4 }],
    },
    {
      name: 'a count after 共',
      ledger: progressReport([{ progress: '完成红窑、五港、高沟共4个卫生院改造。' }]),
      findings: [{ cell: 'D3', expected: 3, actual: 4 }],
    },
    {
      name: 'a count in Chinese numerals',
      ledger: progressReport([{ progress: '完成红窑、五港、高沟、保滩三个卫生院改造。' }]),
      findings: [{ cell: 'D3', expected: 4, actual: 3 }],
    },
    {
      name: 'names joined by 和 at the end, miscounted',
      ledger: progressReport([{ progress: '改造红窑、五港和高沟5个卫生院。' }]),
      findings: [{ cell: 'D3', expected: 3, actual: 5 }],
    },
    {
      name: 'quoted names, miscounted',
      ledger: progressReport([{ progress: '组织“红色之旅”、“绿色之旅”、“蓝色之旅”4条研学线路。' }]),
      findings: [{ cell: 'D3', expected: 3, actual: 4 }],
    },
    {
      name: 'the real tancheng cell with 6个 planted as 5个',
      workbook: planted('tancheng', 'D46', (t) => t.replace('，6个安置房项目', '，5个安置房项目')),
      findings: [{ cell: 'D46', row: 46, rowEnd: 46, expected: 6, actual: 5 }],
    },
    {
      name: 'the real lianshui totals label planted as 51个',
      workbook: planted('lianshui', 'A4', (t) => t.replace('50个', '51个')),
      findings: [{ cell: 'A4', expected: 50, actual: 51 }],
    },
  ],
});

describe('mayCountListedNames', () => {
  it.each([
    '薛行、红窑、五港3个政府专职队训练塔',
    '水泥二厂家属院、供销社家属院 2 个小区',
    '红窑、五港、高沟、保滩三个卫生院',
    '甲、乙等100余家企业',
    '甲、乙三十多名',
  ])('%s may count the names before it', (text) => {
    expect(mayCountListedNames(text)).toBe(true);
  });

  it.each([
    '新建62个市政消火栓',
    '一、项目建设',
    '教育、卫生等民生项目建设',
    '建设3个小区、公园改造',
    '完成红窑、五港个别路段改造',
  ])('%s has no count after a 、', (text) => {
    expect(mayCountListedNames(text)).toBe(false);
  });

  it('holds for every cell of the five workbooks with a count of names after a 、', () => {
    const counts = sharedTexts()
      .map((text) => normalizeText(text))
      .filter((text) => {
        const listComma = text.indexOf('、');
        return listComma >= 0 && parseFigures(text).some((f) => NAME_COUNT_UNITS.has(f.unit) && f.start > listComma);
      });
    expect(counts.length).toBeGreaterThan(20);
    for (const text of counts) expect(mayCountListedNames(text)).toBe(true);
  });
});
