import fc from 'fast-check';
import { buildWorkbookModel, WorkbookModel } from '../../../src/core/model/workbookModel';
import { Milestone, milestonesFor, ParsedPlan, parsePlan } from '../../../src/core/progress/plan';
import { readShared, WorkbookName } from '../../helpers/workbooks';

const models = new Map<WorkbookName, WorkbookModel>();

function model(name: WorkbookName): WorkbookModel {
  let found = models.get(name);
  if (found === undefined) {
    found = buildWorkbookModel(readShared(name), { today: '2026-01-01' });
    models.set(name, found);
  }
  return found;
}

function planYear(name: WorkbookName): number {
  const year = model(name).planYear;
  if (year === null) throw new Error(`${name} has no plan year`);
  return year;
}

/** The plan cell of the item on spreadsheet row `row` (1-based, as Excel shows it). */
function planCell(name: WorkbookName, row: number): string {
  const item = model(name).items.find((i) => i.row + 1 === row && i.fields.plan !== undefined);
  if (item?.fields.plan === undefined) throw new Error(`${name} row ${row} has no plan cell`);
  return item.fields.plan.raw;
}

function plan(name: WorkbookName, row: number): ParsedPlan {
  return parsePlan(planCell(name, row), { year: planYear(name) });
}

/** Label, start and end of each milestone. */
function schedule(parsed: ParsedPlan): [string, string, string][] {
  return parsed.milestones.map((m) => [m.label, m.period.start, m.period.end]);
}

/** Each milestone's figures as `value+unit`. */
function quantities(parsed: ParsedPlan): string[][] {
  return parsed.milestones.map((m) => m.figures.map((f) => `${f.value}${f.unit}`));
}

const Y2024 = { year: 2024 };

describe('quarter lines', () => {
  it('reads 一季度…四季度 lines into four quarters (lianshui project 1)', () => {
    const parsed = plan('lianshui', 5);
    expect(schedule(parsed)).toEqual([
      ['一季度', '2024-01-01', '2024-03-31'],
      ['二季度', '2024-04-01', '2024-06-30'],
      ['三季度', '2024-07-01', '2024-09-30'],
      ['四季度', '2024-10-01', '2024-12-31'],
    ]);
    expect(parsed.preamble).toBe('');
    expect(parsed.milestones[0].text).toBe('制定2024年优质幼儿园创建工计划,召开创建工作推进会,制定幼儿园课程游戏化实施方案。');
    expect(parsed.milestones.every((m) => m.topic === null && m.period.kind === 'quarter')).toBe(true);
  });

  it('skips the blank lines between entries (lianshui project 3)', () => {
    const parsed = plan('lianshui', 7);
    expect(parsed.milestones.map((m) => m.label)).toEqual(['一季度', '二季度', '三季度', '四季度']);
    expect(parsed.milestones[3].text).toBe('开展体检和结核菌素筛查,并完成平台录入工作。完成HPV第2剂次免费接种任务。');
  });

  it('reads 第二季度 and a single 三、四季度 milestone', () => {
    expect(plan('lianshui', 48).milestones.map((m) => m.label)).toEqual(['一季度', '第二季度', '第三季度', '第四季度']);
    expect(schedule(plan('lianshui', 37))).toEqual([
      ['一季度', '2024-01-01', '2024-03-31'],
      ['二季度', '2024-04-01', '2024-06-30'],
      ['三、四季度', '2024-07-01', '2024-12-31'],
    ]);
  });

  it('takes long runs of spaces for line breaks (lianshui project 10, row 14)', () => {
    const raw = planCell('lianshui', 14);
    expect(raw).toMatch(/ {20}二季度/);
    const parsed = plan('lianshui', 14);
    expect(parsed.milestones.map((m) => m.label)).toEqual(['一季度', '二季度', '三季度', '四季度']);
    expect(parsed.milestones[1].text).toBe('指导推进相关机构改扩建,新增普惠托位60个。');
    expect(parsed.milestones[0].text).toBe('指导实验幼儿园、新星幼儿园等机构完成项目编排,制定改造方案。');
  });

  it('keeps dates inside an entry as its text (lianshui projects 5 and 2)', () => {
    const equipment = plan('lianshui', 9).milestones;
    expect(equipment).toHaveLength(4);
    expect(equipment[3]).toMatchObject({ label: '四季度', text: '装备项目10月底前完成县级项目验收、培训、工作总结。' });
    const students = plan('lianshui', 6).milestones;
    expect(students.map((m) => m.label)).toEqual(['一季度', '二季度', '三季度', '四季度']);
    expect(students[1].text).toContain('完成2023年春季学期各级各类学校');
    expect(students[1].period.start).toBe('2024-04-01');
  });
});

describe('circled lists', () => {
  it('reads ①5月，… lines (linyi 创业信贷)', () => {
    const parsed = plan('linyi', 12);
    expect(parsed.milestones.map((m) => m.label)).toEqual(['5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(parsed.milestones[1]).toMatchObject({
      period: { start: '2022-06-01', end: '2022-06-30', kind: 'month' },
      text: '全市新增贷款2亿元,共发放11亿元。',
      offset: planCell('linyi', 12).indexOf('6月'),
    });
  });

  it('takes markers that skip (①1月-2月 ③3月-4月) and entries that open with their months', () => {
    expect(schedule(plan('lanling', 11)).slice(0, 3)).toEqual([
      ['1月-2月', '2023-01-01', '2023-02-28'],
      ['3月-4月', '2023-03-01', '2023-04-30'],
      ['5月-6月', '2023-05-01', '2023-06-30'],
    ]);
    const parsed = plan('linyi', 17);
    expect(parsed.milestones.map((m) => m.label)).toEqual(['5月', '6月', '7月', '8月', '9月', '10月', '11月-12月']);
    expect(parsed.milestones[6].period).toMatchObject({ start: '2022-11-01', end: '2022-12-31' });
  });

  it('leaves a stray smaller marker inside its entry (linyi rows 4 and 11)', () => {
    const injury = plan('linyi', 4).milestones;
    expect(injury).toHaveLength(8);
    expect(injury[2].text).toContain('工伤人员基本②信息维护');
    const jobs = plan('linyi', 11).milestones;
    expect(jobs).toHaveLength(8);
    expect(jobs[4].text).toContain(';③高校毕业生初次毕业去向落实率保持在85%以上。');
  });

  it('attaches entries without a month to the milestone before them (lanling rows 21 and 22)', () => {
    const rescue = plan('lanling', 21);
    expect(rescue.milestones.map((m) => m.label)).toEqual(['1月', '2月']);
    expect(rescue.milestones[1].text).toMatch(/^将咨询“两癌”救助者转到乡镇,告知提前准备材料;③通知各个乡镇/);
    expect(rescue.milestones[1].text).toContain('⑫实施各级“两癌”救助款的发放');
    const insurance = plan('lanling', 22);
    expect(insurance.milestones.map((m) => m.label)).toEqual([
      '1月', '2月', '3月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月',
    ]);
    expect(insurance.milestones[2].text).toBe('统计住院跨省联网结算情况,总结经验。④探索开展外出异地就医自动备案');
  });

  it('puts a first entry without a month in the preamble', () => {
    const parsed = parsePlan('①通知各个乡镇整理材料 ②2月将咨询者转到乡镇 ③3月汇总', { year: 2023 });
    expect(parsed.preamble).toBe('①通知各个乡镇整理材料');
    expect(parsed.milestones.map((m) => [m.label, m.text])).toEqual([
      ['2月', '将咨询者转到乡镇'],
      ['3月', '汇总'],
    ]);
  });

  it('keeps the order written when markers or months go back', () => {
    const parsed = parsePlan('②4月，完成招标。 ①3月，完成设计。', { year: 2023 });
    expect(parsed.milestones.map((m) => m.label)).toEqual(['4月', '3月']);
    expect(parsed.milestones[0].offset).toBeLessThan(parsed.milestones[1].offset);
  });

  it('reads a page-break remnant before the first marker as the preamble (linyi row 51)', () => {
    const parsed = plan('linyi', 51);
    expect(parsed.preamble).toBe('探、设计等前期工作;完成立项,完成项目投资概算。发布资格预审公告。');
    expect(parsed.milestones).toHaveLength(8);
  });
});

describe('months in running text', () => {
  it('splits `1 月：… 2 月：…` separated only by spaces (lanling rows 4 and 8)', () => {
    expect(plan('lanling', 4).milestones.map((m) => m.label)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月']);
    const school = plan('lanling', 8);
    expect(school.milestones.map((m) => [m.label, m.text]).slice(0, 3)).toEqual([
      ['1月', '开展施工图纸审核'],
      ['2月', '开展工程造价预算评审'],
      ['3月', '文物考古'],
    ]);
    expect(school.milestones).toHaveLength(12);
  });

  it('finds `1 月：… 2 月：…` in text already normalised, by the colon', () => {
    const normalised = model('lanling').items.find((i) => i.row + 1 === 8)?.fields.plan?.text ?? '';
    expect(normalised).toContain('审核2月:开展');
    expect(parsePlan(normalised, { year: 2023 }).milestones).toHaveLength(12);
  });

  it('reads a month opening a sentence without a colon (lanling rows 6 and 10)', () => {
    const chargers = plan('lanling', 6);
    expect(chargers.milestones.map((m) => m.label)).toEqual([
      '1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月',
    ]);
    expect(chargers.milestones[1].text).toBe('联合设计院、测绘院、供电公司完成设计图纸。');
    expect(plan('lanling', 10).milestones).toHaveLength(12);
  });

  it('reads month ranges (`1-3月份完成… 4-6月份完成…`, lanling row 23)', () => {
    expect(schedule(plan('lanling', 23))).toEqual([
      ['1-3月份', '2023-01-01', '2023-03-31'],
      ['4-6月份', '2023-04-01', '2023-06-30'],
      ['7-9月', '2023-07-01', '2023-09-30'],
      ['10-12月', '2023-10-01', '2023-12-31'],
    ]);
  });

  it('reads `3-4月:…; 5月:…; 6月:…` (lanling row 20)', () => {
    const parsed = plan('lanling', 20);
    expect(parsed.milestones.map((m) => m.label)).toEqual(['3-4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(parsed.milestones[0].text).toBe('筹备阶段,配齐检查所需试剂耗材等物资材料;制定2023年度两癌检查工作通知;');
  });

  it('reads overlapping two-month periods `1、2 月份… 2、3 月份…` (lanling row 9)', () => {
    expect(schedule(plan('lanling', 9))).toEqual([
      ['1、2月份', '2023-01-01', '2023-02-28'],
      ['2、3月份', '2023-02-01', '2023-03-31'],
      ['3、4月份', '2023-03-01', '2023-04-30'],
      ['4、5月份', '2023-04-01', '2023-05-31'],
      ['5、6月份', '2023-05-01', '2023-06-30'],
    ]);
    expect(plan('lanling', 9).milestones[1].text).toBe('完成老区北片区42个无人管理小区接管任务');
  });

  it('reads quarters in running text (`一季度放映…; 二季度放映…`, lanling row 49)', () => {
    const parsed = plan('lanling', 49);
    expect(parsed.milestones.map((m) => [m.label, m.text])).toEqual([
      ['一季度', '放映农村公益电影200场次;'],
      ['二季度', '放映2500场次;'],
      ['三季度', '放映2500场次;'],
      ['四季度', '放映2000场次。'],
    ]);
  });

  it('takes a month after a space and before a comma as a label (lanling rows 19 and 51)', () => {
    expect(plan('lanling', 19).milestones.map((m) => m.label)).toEqual(['3月', '4-5月', '6-7月', '8-9月', '10-11月', '12月']);
    const checks = plan('lanling', 51);
    expect(checks.milestones.map((m) => m.label)).toEqual(['5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(checks.milestones[1].text).toBe('抽检覆盖率40%,不合格产品处置率100%');
  });

  it('leaves dates inside sentences alone (`到 6 月底完成`, `拟定 2 月份资金`)', () => {
    expect(plan('lanling', 14).milestones.map((m) => m.label)).toEqual(['3月', '4月', '5-6月', '7-10月']);
    expect(plan('lanling', 14).milestones[2].text).toBe('第二批安排7个乡镇,到6月底完成上岗3600人。');
    const relief = plan('lanling', 15);
    expect(relief.milestones.map((m) => m.label)).toEqual(['1-12月', '1月份', '2月份', '3-12月份']);
    expect(relief.milestones[1].text).toContain('拟定2月份资金申请计划。');
  });

  it('tells a list number from a list of months (`2、3-6月份` against `2、3 月份`, lanling row 46)', () => {
    expect(schedule(plan('lanling', 46)).slice(0, 4)).toEqual([
      ['1-2月份', '2023-01-01', '2023-02-28'],
      ['3-6月份', '2023-03-01', '2023-06-30'],
      ['7-9月份', '2023-07-01', '2023-09-30'],
      ['10-12月份', '2023-10-01', '2023-12-31'],
    ]);
    expect(plan('lanling', 46).milestones[0].text).toBe('开展燕子河流域涉水工业企业专项检查。');
  });
});

describe('topics', () => {
  it('sets the topic of each sub-plan, whose quarters restart (lianshui project 27)', () => {
    const parsed = plan('lianshui', 31);
    expect(parsed.milestones.map((m) => [m.topic, m.label, m.text])).toEqual([
      ['公共停车泊位', '二季度', '完成停车泊位建设,通过验收。'],
      ['公交站点新增改造', '一季度', '完成财承、立项、招标并进场施工。'],
      ['公交站点新增改造', '二季度', '工程完工。'],
    ]);
    expect(parsed.preamble).toBe('');
  });

  it('reads a year heading for the dates under it (lianshui project 22)', () => {
    const parsed = plan('lianshui', 26);
    expect(parsed.milestones.map((m) => [m.topic, m.label])).toEqual([
      ['中恒国际、泰山路、海安路片区', '一季度'],
      ['中恒国际、泰山路、海安路片区', '二季度'],
      ['中恒国际、泰山路、海安路片区', '三季度'],
      ['西门片区', '11月18日'],
      ['西门片区', '2024年6月底'],
    ]);
    expect(parsed.milestones[3]).toMatchObject({
      period: { start: '2023-11-18', end: '2023-11-18', kind: 'day', explicitYear: true },
      text: '进场施工。',
    });
    expect(parsed.milestones[4]).toMatchObject({
      period: { start: '2024-06-21', end: '2024-06-30', kind: 'monthPart', explicitYear: true },
      text: '竣工,投入使用。',
    });
    expect(parsed.milestones[0].period.explicitYear).toBe(false);
  });

  it('reads a topic and a date on one line (lianshui project 28)', () => {
    const parsed = plan('lianshui', 32);
    expect(parsed.milestones.map((m) => [m.topic, m.label, m.period.start, m.period.end, m.text])).toEqual([
      ['出租车更新', '3月底', '2024-03-21', '2024-03-31', '完成采购。'],
      ['新增公交车', '9月底', '2024-09-21', '2024-09-30', '完成采购。'],
    ]);
  });

  it('reads topics before quarters written with a comma (lianshui project 42)', () => {
    const parsed = plan('lianshui', 46);
    expect(parsed.milestones.map((m) => m.topic)).toEqual([
      ...Array<string>(4).fill('法援惠民生'),
      ...Array<string>(4).fill('建设远程公证服务点'),
    ]);
    expect(parsed.milestones[0].text).toBe('办案量与常住人口占比达万分之三。');
  });

  it('reads a heading ending in a semicolon on its own line (lianshui project 29)', () => {
    const parsed = plan('lianshui', 33);
    expect(parsed.milestones.map((m) => [m.topic, m.label])).toEqual([
      ['农村道路提档升级', '一季度'],
      ['农村道路提档升级', '二季度'],
      ['农村道路提档升级', '三季度'],
      ['农村村内和田间道路', '一季度'],
      ['农村村内和田间道路', '二季度'],
      ['农村村内和田间道路', '三季度'],
      ['农村村内和田间道路', '四季度'],
    ]);
  });

  it('reads numbered headings before a circled list and before a date (linyi row 35)', () => {
    const parsed = plan('linyi', 35);
    expect(parsed.milestones).toHaveLength(9);
    expect(parsed.milestones[0]).toMatchObject({ topic: '发放租房补贴816户', label: '5月份' });
    expect(parsed.milestones[7].text).toContain('每年12月25日前完成租赁补贴发放任务');
    expect(parsed.milestones[8]).toMatchObject({
      topic: '建设保障性租赁住房100套',
      label: '4月',
      text: '格力电器(临沂)制造基地保障性租赁住房项目(100套)已开工建设。',
    });
  });

  it('reads circled headings with months after them (linyi row 40)', () => {
    const parsed = plan('linyi', 40);
    expect(parsed.preamble).toBe('1.综合公园');
    expect(parsed.milestones).toHaveLength(15);
    expect(parsed.milestones.slice(0, 4).map((m) => [m.topic, m.label, m.text])).toEqual([
      ['开工建设兰山商城公园', '10月', '进行地下部分施工;'],
      ['开工建设兰山商城公园', '11月', '完成地下部分施工,进行地上部分施工;'],
      ['开工建设兰山商城公园', '12月', '完成公园主体工程施工。'],
      ['开工建设罗庄百花湖公园', '10月', '景观工程完成80%,绿化工程开始施工,地下车库、桥梁工程完成50%。'],
    ]);
  });

  it('keeps circled items under a month in its text (linyi row 41)', () => {
    const parsed = plan('linyi', 41);
    expect(parsed.milestones.map((m) => m.label)).toEqual(['10月', '11月', '12月']);
    expect(parsed.milestones[2].text).toContain('③组织全市优质口袋公园建设项目评选');
  });
});

describe('cells without labels', () => {
  it('keeps the whole text as the preamble (lianshui project 47)', () => {
    expect(plan('lianshui', 51)).toEqual({
      milestones: [],
      preamble:
        '常态化为全县约2.5万名老人提供助餐、助浴、助洁、助行、助医、助购、康复护理等贴近居家老年人生活照料需求的养老服务,每人每月不少于1次,每次不少于1小时。',
      invalid: [],
    });
    expect(plan('lanling', 50).milestones).toEqual([]);
    expect(plan('linyi', 3).milestones).toEqual([]);
  });

  it('finds no milestone in shanting’s 4月份计划 cells', () => {
    const cells = model('shanting').items.flatMap((i) => (i.fields.nextPlan ? [i.fields.nextPlan.raw] : []));
    expect(cells.length).toBeGreaterThan(20);
    expect(cells[0]).toMatch(/^加快推进30处样板村/);
    for (const cell of cells) {
      const parsed = parsePlan(cell, { year: 2025 });
      expect(parsed.milestones).toEqual([]);
      expect(parsed.preamble).not.toBe('');
    }
  });
});

describe('year labels and labels that are no dates', () => {
  it('reads a year-prefixed label with its year', () => {
    const parsed = parsePlan('2024年6月底竣工，投入使用。', { year: 2023 });
    expect(parsed.milestones[0]).toMatchObject({
      label: '2024年6月底',
      period: { start: '2024-06-21', end: '2024-06-30', explicitYear: true, action: 'finish' },
      text: '竣工,投入使用。',
    });
  });

  it('lets a label naming a year set the year of the labels after it, up to the next topic', () => {
    const parsed = parsePlan('西门片区：\n2024年6月底竣工。\n9月：验收。\n东门片区：\n9月：验收。', { year: 2023 });
    expect(schedule(parsed)).toEqual([
      ['2024年6月底', '2024-06-21', '2024-06-30'],
      ['9月', '2024-09-01', '2024-09-30'],
      ['9月', '2023-09-01', '2023-09-30'],
    ]);
    expect(parsed.milestones.map((m) => m.period.explicitYear)).toEqual([true, true, false]);
  });

  it('reads year headings without dates after them as yearly milestones', () => {
    const parsed = parsePlan('2024年：完成前期手续。\n2025年：竣工验收。', { year: 2024 });
    expect(schedule(parsed)).toEqual([
      ['2024年', '2024-01-01', '2024-12-31'],
      ['2025年', '2025-01-01', '2025-12-31'],
    ]);
  });

  it('reports labels that name no real date and keeps their text out of other milestones', () => {
    const parsed = parsePlan('①5月，开工建设。\n②2023年13月：完成主体。\n③7月，竣工验收。', { year: 2023 });
    expect(parsed.invalid).toEqual([{ label: '2023年13月', reason: '月份 13 不存在', offset: 11 }]);
    expect(parsed.milestones.map((m) => [m.label, m.text])).toEqual([
      ['5月', '开工建设。'],
      ['7月', '竣工验收。'],
    ]);
  });

  it('does not take a year or a year word opening a sentence for a label', () => {
    const parsed = parsePlan('一季度：完成招标。2024年度项目全部开工。年底前全部完成。全年完成10处。', Y2024);
    expect(parsed.milestones).toHaveLength(1);
    expect(parsed.milestones[0].text).toBe('完成招标。2024年度项目全部开工。年底前全部完成。全年完成10处。');
  });
});

describe('figures per milestone', () => {
  it('lianshui project 8: training 2850, 3800, 8550, 3800 人 (`2850人员培训`)', () => {
    const parsed = plan('lianshui', 12);
    const trained = parsed.milestones.map((m) => m.figures.filter((f) => f.unit === '人').map((f) => f.value));
    expect(trained).toEqual([[2850], [3800], [8550], [3800]]);
    expect(quantities(parsed)[1]).toEqual(['3800人', '20台']);
  });

  it('lianshui project 13: 3000, 9000, 8000 名 and none in Q4', () => {
    expect(quantities(plan('lianshui', 17))).toEqual([['3000名'], ['9000名'], ['8000名'], []]);
  });

  it('lianshui project 32: events, instructors, fitness paths, towns and gardens', () => {
    const parsed = plan('lianshui', 36);
    expect(quantities(parsed)).toEqual([
      [],
      ['4场', '150名'],
      ['15场', '300名', '15套', '10个', '3个'],
      ['20场', '15套', '6个', '3个'],
    ]);
    expect(parsed.milestones[1].figures[0].subject).toBe('全民健身赛事(培训)');
    expect(parsed.milestones[2].figures.map((f) => f.subject)).toEqual([
      '全民健身赛事(培训)',
      '培训三级社会体育指导员',
      '健身路径',
      '镇街室外健身器材',
      '小游园健身设施',
    ]);
  });

  it('lianshui project 35: hydrants 8/23/23/8 个 and charging systems 10/25/25/10 个', () => {
    const parsed = plan('lianshui', 39);
    const bySubject = (subject: string): number[] =>
      parsed.milestones.map((m) => m.figures.filter((f) => f.subject === subject && f.unit === '个').reduce((s, f) => s + f.value, 0));
    expect(bySubject('市政消火栓')).toEqual([8, 23, 23, 8]);
    expect(bySubject('电动自行车智能充电系统')).toEqual([10, 25, 25, 10]);
  });

  it('lianshui project 19: 1300/1400/1500/1300 人', () => {
    expect(quantities(plan('lianshui', 23))).toEqual([['1300人'], ['1400人'], ['1500人'], ['1300人']]);
  });

  it('lianshui project 29: village and field roads per quarter, by topic', () => {
    const parsed = plan('lianshui', 33);
    const roads = parsed.milestones.filter((m) => m.topic === '农村村内和田间道路');
    expect(roads.map((m) => m.figures.map((f) => `${f.value}${f.unit}`))).toEqual([
      ['10公里'],
      ['24公里', '10公里'],
      ['32公里', '10公里'],
      ['24公里'],
    ]);
    expect(roads[0].figures[0].text).toBe('10千米');
    expect(parsed.milestones.filter((m) => m.topic === '农村道路提档升级').every((m) => m.figures.length === 0)).toBe(true);
  });

  it('lanling 全域充电桩 (row 6): chargers per month', () => {
    const parsed = plan('lanling', 6);
    expect(quantities(parsed)).toEqual([
      [],
      [],
      [],
      ['6处'],
      ['7处'],
      ['7处'],
      ['7处'],
      ['6处', '20处'],
      ['7处', '20处'],
      ['12处', '20处'],
      ['12处'],
      ['13处'],
    ]);
  });

  it('lanling 两癌检查 (row 20): people checked and share of the year', () => {
    const parsed = plan('lanling', 20);
    expect(quantities(parsed)).toEqual([
      [],
      ['2440人', '5%'],
      ['4880人', '10%'],
      ['12200人', '25%'],
      ['19520人', '40%'],
      ['29280人', '60%'],
      ['39040人', '80%'],
      ['46360人', '95%'],
      ['48800人', '100%'],
    ]);
  });

  it('linyi 创业信贷 (row 12): new loans flagged increment, totals cumulative', () => {
    const parsed = plan('linyi', 12);
    const loans = parsed.milestones.map((m) =>
      m.figures.filter((f) => f.unit === '亿元').map((f) => [f.value, f.increment === true, f.cumulative === true]),
    );
    expect(loans).toEqual([
      [[2, true, false], [9, false, true]],
      [[2, true, false], [11, false, true]],
      [[2, true, false], [13, false, true]],
      [[2, true, false], [15, false, true]],
      [[2, true, false], [17, false, true]],
      [[1.5, true, false], [18.5, false, true]],
      [[1.5, true, false], [20, false, true]],
      [[2, true, false], [22, false, true]],
    ]);
    expect(quantities(parsed)[0]).toEqual(['1070万元', '1053.79万元', '2亿元', '9亿元']);
  });
});

describe('every plan cell of the seeds', () => {
  const EXPECTED_MILESTONES: Record<string, number> = { lianshui: 191, lanling: 306, linyi: 472 };

  it.each(['lianshui', 'lanling', 'linyi'] as const)('%s: parses every cell within its years', (name) => {
    const year = planYear(name);
    let total = 0;
    for (const item of model(name).items) {
      if (item.fields.plan === undefined) continue;
      const parsed = parsePlan(item.fields.plan.raw, { year });
      total += parsed.milestones.length;
      expect(parsed.invalid).toEqual([]);
      for (const m of parsed.milestones) {
        const years = m.period.explicitYear ? [year - 1, year, year + 1] : [year];
        expect(years).toContain(Number(m.period.start.slice(0, 4)));
        expect(years).toContain(Number(m.period.end.slice(0, 4)));
        expect(m.label).not.toBe('');
      }
      const offsets = parsed.milestones.map((m) => m.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
      if (name === 'lianshui' && /(^|\n)一季度[:：]/.test(item.fields.plan.raw)) {
        expect(parsed.milestones.some((m) => m.label === '一季度' && m.period.kind === 'quarter')).toBe(true);
      }
    }
    expect(total).toBe(EXPECTED_MILESTONES[name]);
  });
});

describe('milestonesFor', () => {
  it('gives this quarter and the next one (lianshui project 5 at 2024-06-30)', () => {
    const { current, next } = milestonesFor(plan('lianshui', 9), '2024-06-30');
    expect(current.map((m) => m.label)).toEqual(['二季度']);
    expect(next.map((m) => m.label)).toEqual(['三季度']);
  });

  it('gives this month and the next one (lanling row 5 at 2023-06-30)', () => {
    const { current, next } = milestonesFor(plan('lanling', 5), '2023-06-30');
    expect(current.map((m) => m.label)).toEqual(['6月']);
    expect(current[0].text).toMatch(/^结合市级方案/);
    expect(next.map((m) => m.label)).toEqual(['7月']);
    expect(next[0].text).toBe('挂意向需求,招标采购。');
  });

  it('gives every topic’s milestones of the period (lianshui project 27)', () => {
    const { current, next } = milestonesFor(plan('lianshui', 31), '2024-03-31');
    expect(current.map((m) => m.topic)).toEqual(['公交站点新增改造']);
    expect(next.map((m) => [m.topic, m.label])).toEqual([
      ['公共停车泊位', '二季度'],
      ['公交站点新增改造', '二季度'],
    ]);
  });

  it('gives overlapping periods together and nothing next after the last one', () => {
    const parsed = plan('lanling', 9);
    expect(milestonesFor(parsed, '2023-02-15').current.map((m) => m.label)).toEqual(['1、2月份', '2、3月份']);
    expect(milestonesFor(parsed, '2023-02-15').next.map((m) => m.label)).toEqual(['3、4月份']);
    expect(milestonesFor(parsed, '2023-12-31')).toEqual({ current: [], next: [] });
  });

  it('runs a deadline label from the milestone before it', () => {
    const parsed = parsePlan('3月底前：完成设计。\n6月底前：完成招标。\n9月底前：竣工。', Y2024);
    expect(parsed.milestones.map((m) => m.period.start)).toEqual(['2024-01-01', '2024-01-01', '2024-01-01']);
    const may = milestonesFor(parsed, '2024-05-15');
    expect(may.current.map((m) => m.label)).toEqual(['6月底前']);
    expect(may.next.map((m) => m.label)).toEqual(['9月底前']);
  });

  it('has nothing current before the first milestone', () => {
    const { current, next } = milestonesFor(plan('linyi', 12), '2022-03-31');
    expect(current).toEqual([]);
    expect(next.map((m: Milestone) => m.label)).toEqual(['5月']);
  });
});

describe('robustness', () => {
  const PIECES = [
    '一季度：', '二季度，', '三、四季度：', '第二季度', '①', '②', '⑫', '5月', '1 月：', '3-5月', '1、2 月份', '2、3-6月份',
    '2023年：', '2024年6月底', '11月18日', '13月', '2月30日', '年底前', '完成', '新增', '2亿元', '共发放', '10千米',
    '公共停车泊位：', '出租车更新：', '农村道路;', '1. ', '。', '；', ';', '，', ',', ' ', '   ', '\n', '\r\n', '：', ':',
    '<br>', '&nbsp;', '３月', '（1）', '到', '在',
  ];
  const planText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
  const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), planText);

  it('never throws, and gives milestones in written order with real periods', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1900, max: 2199 }), (text, year) => {
        const parsed = parsePlan(text, { year });
        let last = -1;
        for (const m of parsed.milestones) {
          expect(m.offset).toBeGreaterThan(last);
          last = m.offset;
          expect(m.period.start <= m.period.end).toBe(true);
          expect(m.label).not.toBe('');
        }
        for (const date of ['1900-01-01', `${year}-06-30`, '2199-12-31']) milestonesFor(parsed, date);
      }),
      { numRuns: 500 },
    );
  });

  /** Every plan cell of the seeds, one after another: a long plan of real entries. */
  function realPlan(length: number): string {
    const cells = (['lianshui', 'lanling', 'linyi'] as const).flatMap((name) =>
      model(name).items.flatMap((i) => (i.fields.plan ? [i.fields.plan.raw] : [])),
    );
    let text = '';
    for (let k = 0; text.length < length; k++) text += cells[k % cells.length] + '\n';
    return text.slice(0, length);
  }

  function millisecondsFor(text: string): number {
    const started = performance.now();
    parsePlan(text, Y2024);
    return performance.now() - started;
  }

  // Compiled code, not the interpreter's first pass, is what a slow path would show in.
  beforeAll(() => {
    for (let round = 0; round < 3; round++) parsePlan(realPlan(100_000), Y2024);
  });

  it('parses a 100,000-character plan well under 500 ms', () => {
    const text = realPlan(100_000);
    const started = performance.now();
    const parsed = parsePlan(text, Y2024);
    const elapsed = performance.now() - started;
    expect(parsed.milestones.length).toBeGreaterThan(2000);
    expect(parsed.milestones.reduce((n, m) => n + m.figures.length, 0)).toBeGreaterThan(1500);
    expect(elapsed).toBeLessThan(500);
  });

  it.each([
    ['quarter lines', '一季度：完成招标100个。\n二季度：开工建设。\n'],
    ['circled months', '①5月，新增贷款2亿元，共发放9亿元。'],
    ['months in running text', '1 月：开展审核 2 月：开展评审 '],
    ['headings', '公共停车泊位：\n二季度：完成建设。\n'],
    ['sentences', '完成。'],
    ['markers', '①'],
    ['year headings', '2023年：'],
    ['month lists', '1、'],
    ['spaces and colons', ' : '],
    ['digits', '1234567890'],
    ['Chinese numerals', '一'],
  ])('stays linear on 100,000 characters of %s', (_name, piece) => {
    expect(millisecondsFor(piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000))).toBeLessThan(1500);
  });
});
