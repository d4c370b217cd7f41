import { computeCompletion, targetQuantities } from '../../../src/core/progress/completion';
import { analyzeProgress } from '../../../src/core/progress/itemProgress';
import { buildWorkbookModel } from '../../../src/core/model/workbookModel';
import { WorkbookName, readShared } from '../../helpers/workbooks';

function completionOf(target: string, progress: string, statusSaysDone = false): number | null {
  return computeCompletion({ targetTexts: [target], progressTexts: [progress], statusSaysDone, planYear: 2025 }).completion;
}

describe('completion from the ledger’s own words', () => {
  it.each([
    ['新建供热管网3公里。', '完成玄武路管网施工0.2公里，正在谋划香港西街供热管网项目。', 0.2 / 3],
    ['新增高技能人才1000人以上。', '新增高技能人才62人。', 0.062],
    ['举办全民健身赛事、抱犊崮登山赛等活动20场。', '已累计举办区级体育赛事活动3场，镇街体育赛事活动4场。', 7 / 20],
    ['力争发放创业担保贷款1亿元。', '发放创业担保贷款2575万元。', 0.2575],
    ['新增城镇就业2800人以上。', '累计新增城镇就业1052人。', 1052 / 2800],
    ['全年放映公益电影7200场次。', '1-6月份完成放映公益电影2097场次。', 2097 / 7200],
  ])('%s / %s', (target, progress, expected) => {
    expect(completionOf(target, progress)).toBeCloseTo(expected, 4);
  });

  it('takes the lowest of several targets and says which', () => {
    const result = computeCompletion({
      targetTexts: ['城镇新增就业8000人,失业人员再就业2000人、就业困难人员就业380人以上。'],
      progressTexts: ['截至6月底,已完成城镇新增就业5375人,失业转就业1030人,困难人员就业31人。'],
      statusSaysDone: false,
      planYear: 2023,
    });
    expect(result.completion).toBeCloseTo(31 / 380, 4);
    expect(result.lowestOf).toMatchObject({ target: { value: 380, unit: '人' }, count: 3 });
    expect(result.perTarget.map((t) => t.completion)).toEqual([5375 / 8000, 1030 / 2000, 31 / 380]);
  });

  it('sets a count of the head noun against the target it heads: 15个村 of 51个行政村', () => {
    const result = computeCompletion({
      targetTexts: ['完成51个行政村、65个供电台区电网升级改造,实现4条配电线路拉手联络。'],
      progressTexts: ['已完成马厂村等15个村、23个供电台区升级改造;北农线等4条配电线路拉手联络工程已完成土建基础、电气施工等工作。'],
      statusSaysDone: false,
      planYear: 2025,
    });
    expect(result.perTarget.map((t) => t.achieved?.value ?? null)).toEqual([15, 23, 4]);
    expect(result.completion).toBeCloseTo(15 / 51, 4);
  });

  it.each([
    ['a noun that is not the target’s head', '改造老旧小区10个。', '已完成5个村。'],
    ['a noun the target holds but does not end with', '建设行政村综合服务中心10个。', '已完成10个村。'],
  ])('sets no count against a target for %s', (_why, target, progress) => {
    expect(completionOf(target, progress)).toBeNull();
  });

  it('counts 0 for a target the progress does not name at all while it reports on another', () => {
    const result = computeCompletion({
      targetTexts: ['建设“四好农村路”46公里、“户户通”62公里。'],
      progressTexts: ['“四好农村路”已完成路基施工10公里,路面施工1公里。'],
      statusSaysDone: false,
      planYear: 2025,
    });
    expect(result.perTarget.map((t) => t.completion)).toEqual([10 / 46, 0]);
    expect(result.completion).toBe(0);
    expect(result.lowestOf).toMatchObject({ target: { value: 62, subject: '户户通' }, count: 2 });
  });

  it.each([
    ['a target named without a figure', '新建护理型床位300张，家庭养老床位50张。', '已建成护理型床位100张，家庭养老床位正在做准备工作。', false, 100 / 300],
    ['no target read at all', '建设“四好农村路”46公里、“户户通”62公里。', '正在开展前期工作。', false, null],
    ['a sheet that calls the work done', '建设“四好农村路”46公里、“户户通”62公里。', '“四好农村路”已完成路基施工10公里。', true, 10 / 46],
  ])('counts no 0 for %s', (_why, target, progress, statusSaysDone, expected) => {
    const completion = completionOf(target, progress, statusSaysDone);
    if (expected === null) expect(completion).toBeNull();
    else expect(completion).toBeCloseTo(expected, 4);
  });

  it('meets a target lumping kinds together by their figures read together, people and visits alike', () => {
    const result = computeCompletion({
      targetTexts: ['全面做好低收入“两癌”患病妇女救助、残疾人托养服务、残疾儿童康复救助、困难职工救助等400人以上。'],
      progressTexts: ['启动低收入“两癌”患病妇女救助工作;残疾人托养服务、残疾儿童康复救助累计审核救助134名,困难职工救助累计120人次。'],
      statusSaysDone: false,
      planYear: 2025,
    });
    expect(result.actuals).toMatchObject([{ value: 254, unit: '人' }]);
    expect(result.completion).toBeCloseTo(254 / 400, 4);
  });

  it.each([
    ['visits against a target of people that lumps nothing', '困难职工救助400人。', '困难职工救助累计120人次。'],
    ['visits of a kind the lumping target does not name', '残疾人托养服务、残疾儿童康复救助等400人以上。', '为老年人提供助餐服务120人次。'],
  ])('sets no figure against a target for %s', (_why, target, progress) => {
    expect(completionOf(target, progress)).toBeNull();
  });

  const SAMPLING = '制定年度抽查计划,全年不低于300批次。';

  it('adds up the fields that report on an item’s only target, not the breakdown after 其中', () => {
    const progress =
      '生产领域抽检已完成招投标程序,按计划正在进行抽检,已完成抽检39批次。流通领域,抽检化肥463批次。' +
      '1-6月份,全县96个在营加油站,抽检成品油273批次,其中车用汽油164批次,车用乙醇汽油19批次,车用柴油90批次。';
    expect(completionOf(SAMPLING, progress)).toBeCloseTo((39 + 463 + 273) / 300, 4);
  });

  it.each([
    ['a breakdown after 其中', '生产领域已完成抽检39批次。流通领域抽检化肥100批次,其中化肥60批次,农药40批次。', 139],
    ['a running total beside its parts', '生产领域已抽检100批次。流通领域已抽检80批次。全县累计抽检180批次。', 180],
    ['snapshots as of a date', '截至4月底,生产领域已抽检100批次。截至6月底,已抽检180批次。', 180],
    ['the same subject stated again', '已完成抽检100批次。已完成抽检180批次。', 180],
  ])('does not add up %s', (_why, progress, actual) => {
    expect(completionOf(SAMPLING, progress)).toBeCloseTo(actual / 300, 4);
  });

  it('adds up no sentences for one of several targets', () => {
    const result = computeCompletion({
      targetTexts: ['抽检食品300批次,抽检化肥100批次。'],
      progressTexts: ['已抽检食品50批次。已抽检食品30批次,化肥20批次。'],
      statusSaysDone: false,
      planYear: 2025,
    });
    expect(result.perTarget.map((t) => t.achieved?.value)).toEqual([30, 20]);
  });

  it('sets a figure against a target that names nothing but its unit, not against one that names something else', () => {
    expect(completionOf('全年不低于300批次。', '已完成抽检39批次。')).toBeCloseTo(39 / 300, 4);
    expect(completionOf('新建城市书房20个。', '已完成5个村的改造。')).toBeNull();
  });

  it('takes the latest snapshot, not the sum of snapshots', () => {
    const progress = '②截至4月下旬,已检查2230人。 ③截至5月下旬,已检查3960人。 ④截至6月底,已检查4970人。';
    expect(completionOf('2023年为48800名适龄妇女提供宫颈癌、乳腺癌免费检查服务。', progress)).toBeCloseTo(4970 / 48800, 4);
  });

  it('uses a stated whole-task percent', () => {
    const progress = '6 月底上岗 4947 人（其中城镇岗 215 人，乡村岗 4732 人），完成任务的 52.80%。';
    expect(completionOf('开发城乡公益性岗位 9370 人，其中乡村岗 9000 人、城镇岗 370 人。', progress)).toBeCloseTo(0.528, 4);
  });

  it.each([
    ['the text gives only that', '目前已完成80%。'],
    ['the work as a whole is under way', '项目正在加快推进，目前已完成80%。'],
    ['a part is done, not under way', '主体已封顶，目前已完成80%。'],
    ['its words name the whole work', '正在推进主体二次结构施工，目前已完成总体工程量的80%。'],
  ])('uses a lone 已完成80% when %s', (_why, progress) => {
    expect(completionOf('启用府前路幼儿园。', progress)).toBeCloseTo(0.8, 4);
  });

  it.each([
    ['100%', 1],
    ['80%。', 0.8],
    ['52.5%', 0.525],
  ])('reads a progress cell of a percent alone (%s) as the share done', (progress, share) => {
    expect(completionOf('标准不低于3480元/年。', progress)).toBeCloseTo(share, 4);
  });

  it('reads no share from a percent alone that other words stand beside', () => {
    expect(completionOf('标准不低于3480元/年。', '同比增长8%')).toBeNull();
  });

  it.each([
    ['a sub-stage under way', '府前路幼儿园正在推进主体二次结构施工，目前已完成80%。'],
    ['a road’s surface under way', '路面施工中，已完成60%。'],
  ])('reads no item completion from the share of %s', (_why, progress) => {
    expect(completionOf('启用府前路幼儿园。', progress)).toBeNull();
  });

  it('reads a statement that the whole task is done as complete', () => {
    expect(completionOf('分期分批接管全县 187 个无人管理小区。', '全县无人管理小区已由城发集团全部完成接管任务，实现物业全覆盖。')).toBe(1);
    expect(completionOf('推进全区20家定点医疗机构实现就医购药报销“刷脸办”。', '已完成。')).toBe(1);
  });

  it.each([
    ['plans and intentions', '扩增普通高中学位400个。', '2025年计划扩招高中学位400个。'],
    ['work only started', '改造低收入群体危房38户。', '46户低收入群体危房已开工改造。'],
    ['a restated target under way', '新增样板村卫生室30处。', '30处样板村卫生室已全部开工建设，正加快推进。'],
    ['a step of the work called done', '建设山亭青少年法治教育基地。', '财政评审已通过，项目设计招标已完成。'],
    ['figures of another unit', '实施特困人员照护服务405户。', '共为314人提供照护服务698次。'],
    ['last year’s figures', '开发城乡公益性岗位 9370 人。', '完成了去年开发的第二批公益性岗位 3440 人的培训工作。'],
    ['no figures at all', '开展校园安全排查。', '正在开展排查。'],
    ['a step done while the work goes on', '建设县人民医院综合病房楼。', '招标已全部完成，主体施工中。'],
    ['a part’s percent', '建设县人民医院综合病房楼。', '主体施工完成100%，装修施工中。'],
    ['one target met, another not read at all', '新建护理型床位300张，家庭养老床位50张。', '300张护理型床位已建成，家庭养老床位正在做准备工作。'],
  ])('is null for %s', (_why, target, progress) => {
    expect(completionOf(target, progress)).toBeNull();
  });

  const figure = (value: number, unit = '') => ({ value, unit, percent: false, rounding: 0, decimals: 0 });

  it('reads completion from target and actual columns when the table has them', () => {
    const result = computeCompletion({
      targetTexts: [],
      progressTexts: [],
      targetValue: figure(51),
      actualValue: figure(3),
      statusSaysDone: false,
      planYear: 2025,
    });
    expect(result).toMatchObject({ completion: 3 / 51, basis: 'columns' });
  });

  it.each([
    ['figures with units', { targetValue: figure(8950, '人'), actualValue: figure(6453, '人') }, 6453 / 8950],
    ['the target in the item’s own words', { targetTexts: ['新增4000张养老床位'], actualValue: figure(4385) }, 4385 / 4000],
    ['a lower-is-better indicator: target ÷ actual', { targetValue: figure(4.3), actualValue: figure(3.57), ceiling: true }, 4.3 / 3.57],
    ['a 当前进度 percent', { progressPercent: { ...figure(0.95), percent: true } }, 0.95],
  ])('reads completion from %s', (_why, input, completion) => {
    const result = computeCompletion({ targetTexts: [], progressTexts: [], statusSaysDone: false, planYear: 2025, ...input });
    expect(result.completion).toBeCloseTo(completion, 6);
  });

  it('sets no completion from columns of units that cannot be compared', () => {
    const result = computeCompletion({
      targetTexts: [],
      progressTexts: [],
      targetValue: figure(3, '公里'),
      actualValue: figure(20, '个'),
      statusSaysDone: false,
      planYear: 2025,
    });
    expect(result.completion).toBeNull();
  });

  it('keeps the wholes of a 其中 breakdown as targets, not their parts', () => {
    expect(targetQuantities('创设城乡公益性岗位4.73万个,其中乡村公益性岗位4.2万个,城镇公益性岗位5300个。')).toEqual([
      { value: 47300, unit: '个', subject: expect.stringContaining('公益性岗位') },
    ]);
  });
});

/** Completions a careful reader gets from the five workbooks at their report dates. */
const CAREFUL_READINGS: [WorkbookName, string, number, number | null][] = [
  ['lanling', '2023-06-30', 28, 31 / 380], // 城镇新增就业 8000 → 5375, 失业再就业 2000 → 1030, 困难人员 380 → 31: the lowest
  ['lanling', '2023-06-30', 14, 0.528], // 完成任务的 52.80%
  ['lanling', '2023-06-30', 20, 4970 / 48800], // 截至6月底已检查4970人 of 48800名
  ['lanling', '2023-06-30', 49, 2097 / 7200], // 放映公益电影 2097 of 7200 场次
  ['lanling', '2023-06-30', 26, 12 / 70], // 更新健身广场 12 of 70 处 (新建 52 of 130 is ahead)
  ['lanling', '2023-06-30', 9, 1], // 全部完成接管任务
  ['lanling', '2023-06-30', 13, 1], // 工程已竣工
  ['shanting', '2025-03-31', 32, 0.062], // 高技能人才 1000人 → 62人
  ['shanting', '2025-03-31', 22, 0.2 / 3], // 供热管网 3公里 → 0.2公里
  ['shanting', '2025-03-31', 29, 7 / 20], // 赛事活动 3 + 4 场 of 20
  ['shanting', '2025-03-31', 26, 35 / 256], // 停车泊位 35 of 256 (充电桩 399 of 400)
  ['shanting', '2025-03-31', 31, 5 / 50], // 招聘活动 5 of 50 场次 (就业 1052/2800, 贷款 2575万/1亿)
  ['shanting', '2025-03-31', 3, null], // 30处已全部开工, 86处正加快推进: nothing finished to count
  ['shanting', '2025-03-31', 13, null], // 46户已开工改造: started, not done
  ['shanting', '2025-03-31', 7, null], // 计划扩招: a plan
  ['linyi', '2022-12-31', 57, 6014 / 4500], // 演出 6014 场次 of 4500 场以上
  ['shanting', '2025-03-31', 8, null], // 80% of the 主体二次结构 under way, not of the kindergarten
  ['shanting', '2025-03-31', 14, 254 / 400], // 134名 + 120人次 of the services lumped into 400人
  ['shanting', '2025-03-31', 17, 0], // 户户通 62公里: not named in the progress at all
  ['shanting', '2025-03-31', 34, 15 / 51], // 15个村 of 51个行政村 (台区 23 of 65 is ahead)
  ['lanling', '2023-06-30', 51, (39 + 463 + 273) / 300], // 抽检 by field, not the 其中 breakdown
  ['linyi', '2022-12-31', 28, 522 / 500], // 截至目前…救助522人 is the total, not a part beside the 118名
];

describe.each(CAREFUL_READINGS)('%s at %s, row %i', (name, asOf, row, expected) => {
  it(`completion is ${expected === null ? 'null' : expected.toFixed(4)}`, () => {
    const model = buildWorkbookModel(readShared(name), { today: '2026-11-23', asOf });
    const progress = analyzeProgress(model, 0.1).items.find((p) => p.item.row + 1 === row);
    expect(progress).toBeDefined();
    if (expected === null) expect(progress?.completion.completion).toBeNull();
    else expect(progress?.completion.completion).toBeCloseTo(expected, 2);
  });
});
