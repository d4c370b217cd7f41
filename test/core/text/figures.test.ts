import { Figure, formatFigure, mayStatePercent, parseFigures, parseNumber } from '../../../src/core/text';
import { sharedTexts } from '../../helpers/workbooks';

function only(text: string): Figure {
  const figures = parseFigures(text);
  expect(figures).toHaveLength(1);
  return figures[0];
}

function valuesOf(text: string): [number, string][] {
  return parseFigures(text).map((f) => [f.value, f.unit]);
}

describe('parseFigures: numbers and units', () => {
  it.each([
    ['1.9万人次', 19000, '人次'],
    ['4.73万个', 47300, '个'],
    ['0.9万', 9000, ''],
    ['2.2亿', 220000000, ''],
    ['2575万元', 2575, '万元'],
    ['2.2亿元', 2.2, '亿元'],
    ['1,057人', 1057, '人'],
    ['1,234,567元', 1234567, '元'],
    ['１２０户', 120, '户'],
    ['69911.5', 69911.5, ''],
    ['72%', 72, '%'],
    ['5%', 5, '%'],
    ['100%', 100, '%'],
    ['3.23千伏安', 3.23, '千伏安'],
    ['3公里', 3, '公里'],
    ['5km', 5, '公里'],
    ['13万平方米', 13, '万平方米'],
    ['200 m²', 200, '平方米'],
    ['1.5万亩', 1.5, '万亩'],
    ['62 个', 62, '个'],
    ['1.2万 人', 12000, '人'],
    ['3千人', 3000, '人'],
    ['1小时', 1, '小时'],
    ['3个月', 3, '个月'],
    ['5个百分点', 5, '百分点'],
    ['5立方米/秒', 5, '立方米/秒'],
    ['300元/人', 300, '元/人'],
  ])('%s → %d %s', (text, value, unit) => {
    const figure = only(text);
    expect(figure.value).toBe(value);
    expect(figure.unit).toBe(unit);
    expect(figure.source).toBe('digits');
  });

  it.each([
    ['三个', 3, '个'],
    ['十二名', 12, '名'],
    ['两千人', 2000, '人'],
    ['一万二千人', 12000, '人'],
    ['三千五百万元', 3500, '万元'],
    ['十万', 100000, ''],
    ['百分之八十', 80, '%'],
    ['三千伏安', 3, '千伏安'],
  ])('Chinese %s → %d %s', (text, value, unit) => {
    const figure = only(text);
    expect(figure.value).toBe(value);
    expect(figure.unit).toBe(unit);
    expect(figure.source).toBe('chinese');
  });

  it('reports offsets and text in the string given', () => {
    const text = '完成培训１．９万人次，约５００人';
    const figures = parseFigures(text);
    expect(figures.map((f) => f.text)).toEqual(['１．９万人次', '５００人']);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('reads ranges', () => {
    expect(only('3-5')).toMatchObject({ value: 3, valueMax: 5, unit: '' });
    expect(only('3—5名')).toMatchObject({ value: 3, valueMax: 5, unit: '名' });
    expect(only('3~5个')).toMatchObject({ value: 3, valueMax: 5, unit: '个' });
    expect(only('3至5')).toMatchObject({ value: 3, valueMax: 5, unit: '' });
    expect(only('3-5万元')).toMatchObject({ value: 3, valueMax: 5, unit: '万元' });
    expect(only('3-5万人')).toMatchObject({ value: 30000, valueMax: 50000, unit: '人' });
    expect(only('三至五名')).toMatchObject({ value: 3, valueMax: 5, unit: '名' });
  });

  it('reads a falling pair as two numbers, not a range', () => {
    expect(parseFigures('10-3').map((f) => [f.value, f.valueMax])).toEqual([
      [10, undefined],
      [3, undefined],
    ]);
  });

  it('keeps several figures of one sentence apart', () => {
    expect(valuesOf('创设城乡公益性岗位4.73万个,其中乡村公益性岗位4.2万个,城镇公益性岗位5300个')).toEqual([
      [47300, '个'],
      [42000, '个'],
      [5300, '个'],
    ]);
    expect(valuesOf('新增贷款2亿元，共发放11亿元')).toEqual([
      [2, '亿元'],
      [11, '亿元'],
    ]);
  });
});

describe('parseFigures: what is not a figure', () => {
  it.each([
    '2023年',
    '2024年',
    '8月',
    '20日',
    '2023年8月20日',
    '1-6月份',
    '1、2月份',
    '3、4季度',
    '一季度',
    '三季度',
    '三、四季度',
    '1.加强领导',
    '(1)加强领导',
    '（2）推进',
    '①',
    '一是加强',
    '统一',
    '一体化',
    '二级',
    '三级',
    'G518',
    'S320',
    'A1教学楼',
    'B1B2',
    '1#',
    '3号楼',
    '临民〔2023〕3号',
    '第2剂次',
    '第十五届',
    '军民中心村四期',
    '二次供水',
    '一户一档',
    '一村一年一场戏',
    '8:30',
    '2023-12-31',
    '2023.8.20',
    '2023.12',
    '2024-2026',
    '5G基站',
    '70周年',
    '百姓',
    '千家万户',
    '按照省统一部署',
    '进一步加强',
    '206国道',
    '7时-9时',
    '3—4级精神残疾人',
    '相关数据。2.收到名单后',
  ])('%s', (text) => {
    expect(parseFigures(text)).toEqual([]);
  });

  it('finds the figure among date and list noise', () => {
    expect(valuesOf('1.2023年8月新建62个市政消火栓')).toEqual([[62, '个']]);
    expect(valuesOf('1-6月份完成培训500人次')).toEqual([[500, '人次']]);
    expect(valuesOf('G518改造3公里')).toEqual([[3, '公里']]);
  });
});

describe('parseFigures: qualifiers', () => {
  it.each([
    ['约500人', 'approx'],
    ['500人左右', 'approx'],
    ['近500人', 'approx'],
    ['1000人以上', 'atLeast'],
    ['3个及以上', 'atLeast'],
    ['不低于95%', 'atLeast'],
    ['不少于3个', 'atLeast'],
    ['超过100户', 'atLeast'],
    ['至少2场', 'atLeast'],
    ['逾千人', undefined],
    ['逾1000人', 'atLeast'],
    ['100余人', 'atLeast'],
    ['三十多名', 'atLeast'],
    ['5%以内', 'atMost'],
    ['10人以下', 'atMost'],
    ['不超过5%', 'atMost'],
    ['不高于3%', 'atMost'],
    ['控制在5%以内', 'atMost'],
    ['力争1000人', 'aim'],
    ['争取3个', 'aim'],
    ['就近安置50人', undefined],
    ['500人', undefined],
  ])('%s → %s', (text, qualifier) => {
    const figures = parseFigures(text);
    expect(figures[0]?.qualifier).toBe(qualifier);
  });

  it('keeps 力争 a few words before the figure', () => {
    expect(only('力争发放创业担保贷款1亿元')).toMatchObject({
      value: 1,
      unit: '亿元',
      qualifier: 'aim',
    });
  });

  it('does not carry 力争 into the next clause', () => {
    expect(parseFigures('力争新增就业1000人，培训500人').map((f) => f.qualifier)).toEqual(['aim', undefined]);
  });
});

describe('parseFigures: cumulative and incremental', () => {
  it('flags cumulative figures', () => {
    expect(only('共发放11亿元').cumulative).toBe(true);
    expect(only('累计开工12处').cumulative).toBe(true);
    expect(only('累计建成公共充电桩399个').cumulative).toBe(true);
    expect(only('总计投资300万元').cumulative).toBe(true);
    expect(only('参训人员达到1000人').cumulative).toBe(true);
  });

  it('does not take 公共 or 共享 for 共', () => {
    expect(only('建成公共充电桩399个').cumulative).toBeUndefined();
    expect(only('共享单车300辆').cumulative).toBeUndefined();
  });

  it('flags incremental figures', () => {
    expect(only('新增贷款2亿元').increment).toBe(true);
    expect(only('新增托位60个').increment).toBe(true);
    expect(only('新建62个市政消火栓').increment).toBe(true);
    expect(only('再建3个').increment).toBe(true);
    expect(only('实现再就业300人').increment).toBeUndefined();
  });

  it('flags each figure of a sentence by its own clause', () => {
    const [added, total] = parseFigures('新增贷款2亿元，共发放11亿元');
    expect(added).toMatchObject({ increment: true });
    expect(added.cumulative).toBeUndefined();
    expect(total).toMatchObject({ cumulative: true });
    expect(total.increment).toBeUndefined();
  });

  it('can be both', () => {
    expect(only('累计新增城镇就业1052人')).toMatchObject({ cumulative: true, increment: true });
  });
});

describe('parseFigures: subjects', () => {
  it.each([
    ['新建62个市政消火栓', '市政消火栓'],
    ['完成市政消火栓建设8个', '市政消火栓'],
    ['完成电动自行车智能充电系统建设10个', '电动自行车智能充电系统'],
    ['应急救护普及培训1.9万人次', '培训'],
    ['完成2850人员培训', '培训'],
    ['开展全民健身赛事（培训）4场', '赛事'],
    ['更新健身路径15套', '健身路径'],
    ['新增高技能人才1000人以上', '高技能人才'],
    ['新增高技能人才62人', '高技能人才'],
    ['新建供热管网3公里', '供热管网'],
    ['完成玄武路管网施工0.2公里', '管网'],
    ['累计新增城镇就业1052人', '城镇就业'],
    ['新增城镇就业2800人以上', '城镇就业'],
    ['累计建成公共充电桩399个', '公共充电桩'],
    ['力争发放创业担保贷款1亿元', '创业担保贷款'],
    ['为300名老人提供服务', '老人'],
    ['1-6月份完成培训500人次', '培训'],
    ['完成投资2575万元用于道路建设', '投资'],
    ['签约不少于169名', '签约'],
    ['新改建2所卫生院公共厕所', '卫生院公共厕所'],
    ['组织开展1场“护戎江淮”法律讲座', '护戎江淮法律讲座'],
    ['2023年度计划总投资32000万元', '总投资'],
    ['为1.03万名困难残疾人发放生活补贴', '困难残疾人'],
  ])('%s → %s', (text, subject) => {
    expect(only(text).subject).toContain(subject);
  });

  it('gives the exact subject where the words are plain', () => {
    expect(only('新建62个市政消火栓').subject).toBe('市政消火栓');
    expect(only('完成市政消火栓建设8个').subject).toBe('市政消火栓');
    expect(only('新增高技能人才1000人以上')).toMatchObject({
      subject: '高技能人才',
      qualifier: 'atLeast',
    });
    expect(only('新建供热管网3公里').subject).toBe('供热管网');
    expect(only('累计新增城镇就业1052人')).toMatchObject({ subject: '城镇就业', cumulative: true });
    expect(only('新增城镇就业2800人以上').subject).toBe('城镇就业');
  });

  it('names each part of a breakdown', () => {
    const figures = parseFigures('创设城乡公益性岗位4.73万个,其中乡村公益性岗位4.2万个,城镇公益性岗位5300个');
    expect(figures.map((f) => f.subject)).toEqual(['城乡公益性岗位', '乡村公益性岗位', '城镇公益性岗位']);
  });

  it('names each figure of a list', () => {
    const figures = parseFigures('送戏下乡64场，开展公益性惠民演出540场');
    expect(figures.map((f) => f.subject)).toEqual(['送戏下乡', '公益性惠民演出']);
  });

  it('gives an empty subject to a bare figure', () => {
    expect(only('62个').subject).toBe('');
  });

  it.each([
    ['1. 新建 供热管网 3公里', ['供热管网']],
    ['2、累计完成改造老旧小区 12 个', ['老旧小区']],
    ['完成3所的学校改造', ['学校']],
    ['力争全年完成培训达到500人次', ['培训']],
    ['6月底前完成市政消火栓建设8个', ['市政消火栓']],
    ['2024年3月底前完成道路 建设 施工3.5公里', ['道路']],
    ['为300名 "困难" 老人提供服务', ['困难老人']],
    ['建成“口袋公园” 5个，其中 城区 公园2个', ['口袋公园', '城区公园']],
    ['新增城镇就业2800人以上，再就业1200人', ['城镇就业', '就业']],
  ])('reads %s past list numbers, dates, spaces, quotes and fillers → %j', (text, subjects) => {
    expect(parseFigures(text).map((f) => f.subject)).toEqual(subjects);
  });
});

describe('parseNumber', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['１２０', 120],
    [' 69911.5 ', 69911.5],
    ['2.2亿', 220000000],
    ['1.9万', 19000],
    ['0.9万', 9000],
    ['三', 3],
    ['一万二', 12000],
    ['-3', -3],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(['', '  ', '约5', '5个', '72%', '1,2', '1.', '1e5', '加快推进', '5 6', '2.2亿元', '-'])(
    '%s → null',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});

describe('formatFigure', () => {
  const cases: [Pick<Figure, 'value' | 'unit' | 'valueMax' | 'qualifier'>, string][] = [
    [{ value: 19000, unit: '人次' }, '19000人次'],
    [{ value: 2.2, unit: '亿元' }, '2.2亿元'],
    [{ value: 3, valueMax: 5, unit: '名', qualifier: 'approx' }, '约3-5名'],
    [{ value: 1000, unit: '人', qualifier: 'atLeast' }, '1000人以上'],
    [{ value: 5, unit: '%', qualifier: 'atMost' }, '5%以内'],
    [{ value: 1, unit: '亿元', qualifier: 'aim' }, '力争1亿元'],
    [{ value: 2024, valueMax: 2026, unit: '' }, '2024至2026'],
    [{ value: 1e21, unit: '元' }, '1000000000000000000000元'],
    [{ value: 2023.5, unit: '' }, '2023.500'],
    [{ value: 2023.5, unit: '万元' }, '2023.5万元'],
  ];

  it.each(cases)('%j → %s', (figure, text) => {
    expect(formatFigure(figure)).toBe(text);
    const [read] = parseFigures(text);
    expect(read).toMatchObject({ value: figure.value, unit: figure.unit });
    expect(read.valueMax).toBe(figure.valueMax);
    expect(read.qualifier).toBe(figure.qualifier);
  });
});

describe('mayStatePercent', () => {
  it.each(['完成72%', '完成７２％', '达到百分之八十', '完成率达到98.5%以上'])('%s may state a percent', (text) => {
    expect(mayStatePercent(text)).toBe(true);
  });

  it.each(['完成5个百分点', '新建62个市政消火栓', '每百户拥有12辆'])('%s states none', (text) => {
    expect(mayStatePercent(text)).toBe(false);
  });

  it('holds for every cell of the five workbooks that parseFigures reads a percent from', () => {
    const percents = sharedTexts().filter((text) => parseFigures(text).some((f) => f.unit === '%'));
    expect(percents.length).toBeGreaterThan(20);
    for (const text of percents) expect(mayStatePercent(text)).toBe(true);
  });
});
