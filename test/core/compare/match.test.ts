import { CellSpec } from '../../helpers/ledger';
import { HEADERS, compare, period } from '../../helpers/compareTester';

/** Items by name: 序号 given by their place in the list. */
function rows(names: string[], target = (name: string) => `${name}，年内完成`): CellSpec[][] {
  return names.map((name, i) => [String(i + 1), name, target(name), 100 + i, '县住建局', '2025年12月', `${name}前期工作`, '推进正常']);
}

const NAMES = ['新建供热管网项目', '城区老旧小区改造', '新建城市书房', '农村清洁取暖建设', '新增公办幼儿园学位', '城乡供水一体化工程'];

function summary(last: string[], current: string[], lastRows = rows(last), currentRows = rows(current), headers = HEADERS) {
  const { matching } = compare(period(lastRows), period(currentRows, headers));
  const name = (item: { fields: { name?: { text: string } } }) => item.fields.name?.text ?? '';
  return {
    pairs: matching.pairs.map((p) => `${name(p.last)} → ${name(p.current)} ${p.basis}`),
    added: matching.added.map(name),
    removed: matching.removed.map(name),
    uncertain: matching.uncertain.map((u) => `${u.period} ${name(u.item)}: ${u.candidates.map((c) => name(c.item)).join(' / ')}`),
  };
}

describe('matching two periods’ items', () => {
  it('pairs items renumbered by rows inserted and deleted around them, and reports only the rows themselves', () => {
    const current = ['新增城区公厕', ...NAMES.slice(0, 2), ...NAMES.slice(3)];
    const result = summary(NAMES, current);
    expect(result.added).toEqual(['新增城区公厕']);
    expect(result.removed).toEqual(['新建城市书房']);
    expect(result.uncertain).toEqual([]);
    expect(result.pairs).toContain('城区老旧小区改造 → 城区老旧小区改造 name');
  });

  it('pairs items reordered', () => {
    const result = summary(NAMES, [...NAMES].reverse());
    expect(result.pairs).toHaveLength(NAMES.length);
    expect([...result.added, ...result.removed, ...result.uncertain]).toEqual([]);
  });

  it('pairs a name reworded slightly, by its characters and its target text', () => {
    const current = NAMES.map((n) => (n === '农村清洁取暖建设' ? '农村清洁取暖改造建设' : n));
    const lastRows = rows(NAMES, () => '完成清洁取暖改造8000户');
    const currentRows = rows(current, () => '完成清洁取暖改造8000户');
    const result = summary(NAMES, current, lastRows, currentRows);
    expect(result.pairs).toContain('农村清洁取暖建设 → 农村清洁取暖改造建设 similar');
    expect([...result.added, ...result.removed]).toEqual([]);
  });

  it('pairs an item split over two rows with both, and two merged into one', () => {
    const split = summary(NAMES, [...NAMES.filter((n) => n !== '新建供热管网项目'), '新建供热管网项目（城东片区）', '新建供热管网项目（城西片区）']);
    expect(split.pairs).toEqual(
      expect.arrayContaining(['新建供热管网项目 → 新建供热管网项目(城东片区) split', '新建供热管网项目 → 新建供热管网项目(城西片区) split'])
    );
    expect([...split.added, ...split.removed, ...split.uncertain]).toEqual([]);
    const merged = summary(NAMES, [...NAMES.slice(2), '新建供热管网项目及城区老旧小区改造']);
    expect(merged.pairs).toEqual(
      expect.arrayContaining(['新建供热管网项目 → 新建供热管网项目及城区老旧小区改造 merged', '城区老旧小区改造 → 新建供热管网项目及城区老旧小区改造 merged'])
    );
    expect([...merged.added, ...merged.removed, ...merged.uncertain]).toEqual([]);
  });

  it('reads columns moved and renamed by their roles, not their places', () => {
    const headers = ['编号', '项目名称', '任务目标', '计划总投资', '责任单位', '完成时间', '工作进展', '进度状态'];
    const moved = (r: CellSpec[]): CellSpec[] => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]];
    const result = summary(NAMES, NAMES, rows(NAMES), rows(NAMES).map(moved), headers);
    expect(result.pairs.every((p) => p.endsWith('seqName'))).toBe(true);
    expect(result.pairs).toHaveLength(NAMES.length);
    const swapped = compare(
      period(rows(NAMES)),
      period(
        rows(NAMES).map((r) => [r[0], r[2], r[1], ...r.slice(3)]),
        ['序号', '目标任务', '项目名称', ...HEADERS.slice(3)]
      )
    );
    expect(swapped.matching.pairs).toHaveLength(NAMES.length);
    expect(swapped.findings.filter((f) => f.code === 'ITEM_ADDED' || f.code === 'ITEM_REMOVED')).toEqual([]);
  });

  it('leaves an item close to two of last period’s uncertain: not paired, not added, not removed', () => {
    const last = ['新建城市书房（一期）', '新建城市书房（二期）', '城区老旧小区改造'];
    const current = ['新建城市书房（三期）', '城区老旧小区改造'];
    const result = summary(
      last,
      current,
      rows(last, () => '改造小区'),
      rows(current, () => '改造小区')
    );
    expect(result.uncertain).toEqual(['current 新建城市书房(三期): 新建城市书房(一期) / 新建城市书房(二期)']);
    expect([...result.added, ...result.removed]).toEqual([]);
    expect(result.pairs).toEqual(['城区老旧小区改造 → 城区老旧小区改造 name']);
  });
});
