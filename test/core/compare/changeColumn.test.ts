import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { ItemChange, checkLastPeriod, lastPeriodChanges } from '../../../src/core/compare/changeColumn';
import { parseCellAddress } from '../../../src/core/grid';
import { readWorkbookFile } from '../../../src/hosts/file/node';
import { TEST_TODAY, check } from '../../helpers/check';
import { period } from '../../helpers/compareTester';
import { ledger } from '../../helpers/ledger';
import { sharedPath } from '../../helpers/workbooks';

const LAST = period([
  ['1', '新建供热管网项目', '新建供热管网4公里', 500, '县住建局', '2025年10月底', '截至3月底，累计完成管网铺设1公里', '推进正常'],
  ['2', '城区老旧小区改造', '改造老旧小区12个', 3000, '县住建局', '2025年11月', '3月15日召开调度会，完成设计方案', '推进正常'],
  ['3', '新建城市书房', '新建城市书房5个', 100, '县文旅局', '2025年9月', '完成选址', '推进正常'],
]);
const THIS = period([
  ['1', '新增公办幼儿园学位', '新增学位600个', 800, '县教体局', '2025年8月', '主体施工', '推进正常'],
  ['2', '新建供热管网项目', '新建供热管网4公里', 500, '县住建局', '2025年10月底', '截至4月底，累计完成管网铺设1.5公里', '推进正常'],
  ['3', '城区老旧小区改造', '改造老旧小区12个', 3000, '县住建局', '2025年11月', '4月12日召开调度会，完成设计方案', '推进正常'],
  ['4', '新建城市书房', '新建城市书房5个', 100, '县文旅局', '2025年9月', '完成2个书房装修', '推进正常'],
]);

function zhOf(changes: ItemChange[]): Record<string, string[]> {
  return Object.fromEntries(changes.map((c) => [`${c.sheet}!${c.row + 1}`, c.notes.map((n) => n.zh)]));
}

describe('lastPeriodChanges', () => {
  const last = check(ledger(LAST, 'last.xlsx'), { asOf: '2025-03-31' });
  const current = check(ledger(THIS, 'this.xlsx'), { asOf: '2025-04-30' });

  it('gives each changed item of this period its notes at its first row, in the workbook’s order; nothing for an item that did not change', () => {
    expect(zhOf(lastPeriodChanges(last, current))).toEqual({
      '台账!3': ['新增事项'],
      '台账!4': ['完成率 +12.5 个百分点'],
      '台账!5': ['推进情况与上期相同'],
    });
  });

  it('keeps both languages', () => {
    const [added] = lastPeriodChanges(last, current);
    expect(added.notes).toEqual([{ zh: '新增事项', en: 'new item' }]);
  });

  it('leaves out what the rules switched off say', () => {
    expect(zhOf(lastPeriodChanges(last, current, { rules: { ITEM_ADDED: 'off' } }))['台账!3']).toBeUndefined();
  });
});

describe('checkLastPeriod', () => {
  it('reads last period as of its own report date, whatever date this period was given', () => {
    const workbook = ledger({ ...LAST, title: '2025年3月份民生实事项目推进情况表' }, 'last.xlsx');
    const checked = checkLastPeriod(workbook, { today: TEST_TODAY, asOf: '2025-04-30' });
    expect(checked.model.asOf).toBe(checkWorkbook(workbook, { today: TEST_TODAY }).model.asOf);
    expect(checked.model.asOf).not.toBe('2025-04-30');
  });
});

describe('the shanting pair (test/fixtures/compare)', () => {
  const dir = path.resolve(__dirname, '..', '..', 'fixtures', 'compare');
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'shanting.truth.json'), 'utf8')) as {
    planted: { code: string; cell: string }[];
  };
  const last = checkLastPeriod(readWorkbookFile(sharedPath('shanting')), { today: TEST_TODAY });
  const current = checkWorkbook(readWorkbookFile(path.join(dir, 'shanting.next.xlsx')), { today: TEST_TODAY });
  const byRow = new Map(lastPeriodChanges(last, current).map((c) => [c.row, c.notes.map((n) => n.zh)]));
  const rowsOf = (code: string): number[] => truth.planted.filter((p) => p.code === code).map((p) => parseCellAddress(p.cell).row);

  it('notes 推进情况与上期相同 at every planted PROGRESS_UNCHANGED and 新增事项 at every ITEM_ADDED', () => {
    expect(rowsOf('PROGRESS_UNCHANGED')).toHaveLength(3);
    for (const row of rowsOf('PROGRESS_UNCHANGED')) expect(byRow.get(row)).toContain('推进情况与上期相同');
    expect(rowsOf('ITEM_ADDED')).toHaveLength(2);
    for (const row of rowsOf('ITEM_ADDED')) expect(byRow.get(row)).toEqual(['新增事项']);
  });

  it('notes every planted regression and target change, the figures before and after', () => {
    expect(byRow.get(parseCellAddress('E8').row)).toContain('「目前已完成」由 80% 降为 75%');
    expect(byRow.get(parseCellAddress('E27').row)).toContain('累计由「399个」降为「390个」');
    expect(byRow.get(parseCellAddress('C28').row)).toEqual(['目标由 280场 改为 300场']);
  });
});
