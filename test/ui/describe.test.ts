import { TotalsFormulaFix } from '../../src/core/report/fixes';
import { cellList, describeFix, describePlan, letterSpan } from '../../src/ui/describe';
import { PlannedColumnSummary } from '../../src/ui/host';

const HEADERS = ['完成率', '序时进度', '进度状态', '本期计划', '下期计划', '校验提示'];

function planned(letters: string[], existing: boolean[] = letters.map(() => false)): PlannedColumnSummary[] {
  return letters.map((column, i) => ({ sheet: '项目表', header: HEADERS[i], column, existing: existing[i], firstRow: 2, lastRow: 54 }));
}

describe('the column plan in words', () => {
  it('names columns side by side as a span, others one by one', () => {
    expect(letterSpan(['T', 'O', 'P', 'Q', 'R', 'S'], 'zh')).toBe('O–T');
    expect(letterSpan(['Z', 'AA'], 'en')).toBe('Z–AA');
    expect(letterSpan(['O', 'P', 'R'], 'zh')).toBe('O、P、R');
    expect(letterSpan(['O', 'R'], 'en')).toBe('O, R');
    expect(letterSpan(['O'], 'zh')).toBe('O');
  });

  it('says where each header goes, over which rows', () => {
    expect(describePlan(planned(['O', 'P', 'Q', 'R', 'S', 'T']), 'zh')).toEqual([
      {
        sentence: '将在「项目表」O–T 列写入：完成率（O）、序时进度（P）、进度状态（Q）、本期计划（R）、下期计划（S）、校验提示（T），第 2–54 行。',
        update: null,
      },
    ]);
    expect(describePlan(planned(['O', 'P']), 'en')[0].sentence).toBe('Writes into “项目表” columns O–P: 完成率 (O), 序时进度 (P), rows 2–54.');
  });

  it('says which columns are Taizhang\'s from an earlier write, updated in place', () => {
    expect(describePlan(planned(['O', 'P', 'Q'], [true, true, true]), 'zh')[0].update).toBe('这些列是台账助手上次写入的，将原位更新。');
    expect(describePlan(planned(['O', 'P', 'R'], [true, true, false]), 'zh')[0].update).toBe('其中 O–P 列是台账助手上次写入的，将原位更新。');
  });

  it('gives one sentence per table written', () => {
    const second = planned(['K', 'L']).map((c) => ({ ...c, firstRow: 60, lastRow: 60 }));
    const sentences = describePlan([...planned(['O', 'P']), ...second], 'zh').map((d) => d.sentence);
    expect(sentences).toEqual([
      '将在「项目表」O–P 列写入：完成率（O）、序时进度（P），第 2–54 行。',
      '将在「项目表」K–L 列写入：完成率（K）、序时进度（L），第 60 行。',
    ]);
  });

  it('names the first cells in the way and counts the rest', () => {
    const cells = ['O5', 'O6', 'O7', 'O8', 'O9', 'O10', 'O11', 'O12', 'O13', 'O14'];
    expect(cellList(cells.slice(0, 3), 'zh')).toBe('O5、O6、O7');
    expect(cellList(cells, 'zh')).toBe('O5、O6、O7、O8、O9、O10、O11、O12 等 10 个单元格');
    expect(cellList(cells, 'en')).toBe('O5, O6, O7, O8, O9, O10, O11, O12 and 2 more cells');
  });

  it('shows a fix with the typed figure, the formula and what it gives', () => {
    const fix: TotalsFormulaFix = { sheet: '项目表', row: 3, col: 5, cell: 'F4', label: '项目计划总投资', typed: 69911.5, formula: '=SUM(F5:F54)', computed: 69911.5 };
    expect(describeFix(fix, 'zh')).toBe('F4（项目计划总投资）：手填 69911.5 → =SUM(F5:F54)（按现有明细为 69911.5）');
    expect(describeFix({ ...fix, computed: 70000 }, 'en')).toBe('F4 (项目计划总投资): typed 69911.5 → =SUM(F5:F54) (70000 from the rows as they are)');
  });
});
