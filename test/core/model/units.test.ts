import { splitLeadTasks, splitUnits } from '../../../src/core/model/units';

describe('lead and partner units', () => {
  it.each([
    ['教体局\n团县委', ['教体局', '团县委']],
    ['农业\n农村局', ['农业农村局']],
    ['卫健委\n\n红十\n字会', ['卫健委', '红十字会']],
    ['退役军人事\n务局', ['退役军人事务局']],
    ['民政局     卫健委', ['民政局', '卫健委']],
    ['法  院', ['法院']],
    ['市行 政审 批服 务局', ['市行政审批服务局']],
    ['县教育局 体育局', ['县教育局', '体育局']],
    ['区委政法委\n区检察院\n区教体局', ['区委政法委', '区检察院', '区教体局']],
    ['兰陵城市建设发展有限公司（县住房和城乡建设局）', ['兰陵城市建设发展有限公司（县住房和城乡建设局）']],
    ['县发展改革局、县财政局，各有关乡镇', ['县发展改革局', '县财政局', '各有关乡镇']],
  ])('%j → %j', (raw, units) => {
    expect(splitUnits(raw)).toEqual(units);
  });

  it('reads the units heading each task of a decomposition cell', () => {
    expect(splitLeadTasks('县水务集团：加大供水管网敷设面。')).toEqual([{ units: ['县水务集团'], task: '加大供水管网敷设面。' }]);
    expect(splitLeadTasks('县城建突破指挥部、县综合行政执法局：建设1处综合公园')).toEqual([
      { units: ['县城建突破指挥部', '县综合行政执法局'], task: '建设1处综合公园' },
    ]);
    const two = splitLeadTasks('县卫健局：为33000名妇女开展检查。\n县妇联：申请全国救助资金，拟救助6人。');
    expect(two.map((t) => t.units)).toEqual([['县卫健局'], ['县妇联']]);
  });

  it('does not take a sentence with a colon for a unit', () => {
    expect(splitLeadTasks('目标：完成改造。')).toEqual([{ units: [], task: '目标：完成改造。' }]);
  });
});
