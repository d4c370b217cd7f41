import { Signal } from '../../src/core/detect/types';
import { Lang } from '../../src/core/i18n';
import { TotalsFormulaFix } from '../../src/core/report/fixes';
import { ColumnEvidenceSummary, RelationSummary } from '../../src/core/report/tableSummary';
import {
  cellList,
  describeColumns,
  describeConfidence,
  describeFix,
  describeKept,
  describePlan,
  describeRelations,
  describeSignal,
  letterSpan,
  relationExpression,
} from '../../src/ui/describe';
import { PlannedColumnSummary } from '../../src/ui/host';
import { relationText } from '../../src/core/report/detectionWords';

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

  it('names the sheet’s own columns left to it, and the rows where they differ from what Taizhang reads', () => {
    const kept = { sheet: '台账', header: '下期计划', column: 'G', sheetHeader: '4月份计划', differingRows: [] as number[] };
    expect(describeKept([kept], 'zh')).toBe('不另写：下期计划（表中已有「4月份计划」，G 列）。台账助手改为核对表中已有的这些列。');
    expect(describeKept([{ ...kept, differingRows: [4, 9] }], 'zh')).toBe(
      '不另写：下期计划（表中已有「4月份计划」，G 列；与台账助手读出的不同的有 2 行：第 4、9 行，见校验提示）。台账助手改为核对表中已有的这些列。'
    );
    expect(describeKept([{ ...kept, differingRows: [4] }], 'en')).toContain('column G; it differs from what Taizhang reads on rows 4, see the notes column');
    expect(describeKept([], 'zh')).toBeNull();
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

const SUM: RelationSummary = { id: 'sum:E=F+G+H+I', kind: 'columnSum', expression: 'E = F + G + H + I', holds: [5, 6, 8, 9], breaks: [] };
const RATIO: RelationSummary = { id: 'ratio:J=H/G', kind: 'ratio', expression: 'J = H ÷ G', holds: [5, 6, 7], breaks: [] };
const ROWS: RelationSummary = { id: 'rows:4', kind: 'rowSum', expression: '4 = Σ 5–54', holds: ['E', 'F', 'G'], breaks: [] };
const rows = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, k) => from + k);

describe('relations in words', () => {
  it.each<[string, RelationSummary[], Lang, string]>([
    ['sum:E=F+G+H+I', [SUM], 'zh', 'E = F + G + H + I'],
    // switched off, so no longer found: read from the id
    ['sum:E=F+G+H+I', [], 'zh', 'E = F + G + H + I'],
    ['sum:AA=AB+AC', [], 'en', 'AA = AB + AC'],
    ['ratio:J=H/G', [], 'zh', 'J = H ÷ G'],
    ['rows:4', [ROWS], 'zh', '4 = Σ 5–54'],
    ['rows:19', [], 'zh', '第 19 行 = 其余各行之和'],
    ['rows:19', [], 'en', 'row 19 = the sum of the other rows'],
    ['mean:K=L', [], 'zh', 'mean:K=L'],
  ])('the expression of %s (%#)', (id, relations, lang, expected) => {
    expect(relationExpression(id, relations, lang)).toBe(expected);
  });

  it.each<[string, Lang, RelationSummary, string]>([
    ['holding on every row', 'zh', { ...SUM, holds: rows(5, 54), breaks: [] }, 'E = F + G + H + I：50 / 50 行成立'],
    ['breaking on one row', 'zh', { ...SUM, holds: rows(5, 53), breaks: [7] }, 'E = F + G + H + I：49 / 50 行成立（第 7 行不成立）'],
    ['breaking on two rows', 'zh', { ...SUM, holds: rows(5, 52), breaks: [7, 12] }, 'E = F + G + H + I：48 / 50 行成立（第 7、12 行不成立）'],
    ['breaking on two rows', 'en', { ...SUM, holds: rows(5, 52), breaks: [7, 12] }, 'E = F + G + H + I: holds on 48 of 50 rows (not on rows 7, 12)'],
    ['a ratio breaking on one row', 'en', { ...RATIO, holds: rows(5, 17), breaks: [9] }, 'J = H ÷ G: holds on 13 of 14 rows (not on row 9)'],
    [
      'breaking on ten rows, eight named',
      'zh',
      { ...SUM, holds: rows(5, 44), breaks: rows(60, 69) },
      'E = F + G + H + I：40 / 50 行成立（第 60、61、62、63、64、65、66、67 等 10 行不成立）',
    ],
    [
      'breaking on ten rows, eight named',
      'en',
      { ...SUM, holds: rows(5, 44), breaks: rows(60, 69) },
      'E = F + G + H + I: holds on 40 of 50 rows (not on rows 60, 61, 62, 63, 64, 65, 66, 67 and 2 more)',
    ],
    // a totals row counts the columns it sums
    ['a totals row breaking in one column', 'zh', { ...ROWS, breaks: ['H'] }, '4 = Σ 5–54：3 / 4 列成立（H 列不成立）'],
    ['a totals row breaking in two columns', 'zh', { ...ROWS, breaks: ['H', 'K'] }, '4 = Σ 5–54：3 / 5 列成立（H、K 列不成立）'],
    ['a totals row breaking in one column', 'en', { ...ROWS, breaks: ['H'] }, '4 = Σ 5–54: holds in 3 of 4 columns (not in column H)'],
    ['a totals row breaking in two columns', 'en', { ...ROWS, breaks: ['H', 'K'] }, '4 = Σ 5–54: holds in 3 of 5 columns (not in columns H, K)'],
  ])('%s (%s)', (_, lang, relation, expected) => {
    expect(relationText(relation, lang)).toBe(expected);
  });

  it('lists the relations found, then those switched off, each once', () => {
    expect(describeRelations([SUM, RATIO], ['rows:19', 'ratio:K=L/M', 'rows:19'], 'zh')).toEqual([
      { id: 'sum:E=F+G+H+I', on: true, text: 'E = F + G + H + I：4 / 4 行成立' },
      { id: 'ratio:J=H/G', on: true, text: 'J = H ÷ G：3 / 3 行成立' },
      { id: 'rows:19', on: false, text: '第 19 行 = 其余各行之和：已关闭，不校验' },
      { id: 'ratio:K=L/M', on: false, text: 'K = L ÷ M：已关闭，不校验' },
    ]);
    expect(describeRelations([SUM], ['sum:E=F+G+H+I'], 'en')).toEqual([{ id: 'sum:E=F+G+H+I', on: false, text: 'E = F + G + H + I: switched off, not checked' }]);
    expect(describeRelations([], [], 'zh')).toEqual([]);
  });
});

describe('the evidence of a column in words', () => {
  it.each<[number, Lang, string]>([
    [0.95, 'zh', '把握 95%'],
    [0.654, 'zh', '把握 65%'],
    [0.85, 'en', '85% sure'],
  ])('confidence %d in %s', (confidence, lang, expected) => {
    expect(describeConfidence(confidence, lang)).toBe(expected);
  });

  it.each<[Signal, Lang, string]>([
    [{ kind: 'header', text: '主责\n单位' }, 'zh', '表头「主责单位」'],
    [{ kind: 'header', text: '主责单位' }, 'en', 'header “主责单位”'],
    [{ kind: 'content', trait: 'organisations', count: 12, of: 12 }, 'zh', '12 / 12 格是单位名称'],
    [{ kind: 'content', trait: 'places', count: 9, of: 9 }, 'zh', '9 / 9 格是地名'],
    [{ kind: 'content', trait: 'numbers', count: 48, of: 50 }, 'zh', '48 / 50 格是数字'],
    [{ kind: 'content', trait: 'percents', count: 3, of: 4 }, 'zh', '3 / 4 格是百分数'],
    [{ kind: 'content', trait: 'units', count: 5, of: 5 }, 'zh', '5 / 5 格是带单位的数字'],
    [{ kind: 'content', trait: 'dates', count: 5, of: 6 }, 'zh', '5 / 6 格是日期'],
    [{ kind: 'content', trait: 'sequence', count: 49, of: 50 }, 'zh', '49 / 50 格是序号'],
    [{ kind: 'content', trait: 'prose', count: 36, of: 50 }, 'zh', '36 / 50 格是成段文字'],
    [{ kind: 'content', trait: 'places', count: 9, of: 9 }, 'en', '9 of 9 cells are place names'],
    [{ kind: 'relation', relation: 'sum:E=F+G+H+I' }, 'zh', '参与 E = F + G + H + I'],
    [{ kind: 'relation', relation: 'ratio:J=H/G' }, 'en', 'in J = H ÷ G'],
  ])('%j in %s', (signal, lang, expected) => {
    expect(describeSignal(signal, [SUM], lang)).toBe(expected);
  });

  const evidence: Record<string, ColumnEvidenceSummary> = {
    M: {
      header: '主责单位',
      roles: ['lead'],
      funding: false,
      confidence: 0.95,
      signals: [
        { kind: 'header', text: '主责单位' },
        { kind: 'relation', relation: 'sum:E=F+G+H+I' },
        { kind: 'content', trait: 'organisations', count: 12, of: 12 },
      ],
    },
    F: { header: '中央资金', roles: [], funding: true, confidence: 0.85, signals: [{ kind: 'relation', relation: 'sum:E=F+G+H+I' }] },
    B: { header: '', roles: ['name'], funding: false, confidence: 0.65, signals: [{ kind: 'content', trait: 'places', count: 9, of: 9 }] },
    E: { header: '合计', roles: ['investTotal', 'targetValue'], funding: false, confidence: 0.85, signals: [{ kind: 'relation', relation: 'sum:E=F+G+H+I' }] },
    // a column with no role says nothing
    K: { header: '说明', roles: [], funding: false, confidence: 0, signals: [{ kind: 'content', trait: 'prose', count: 5, of: 5 }] },
  };

  it('names each column with a role, left to right: the role, how sure, why (header, cells, arithmetic)', () => {
    expect(describeColumns(evidence, [SUM], 'zh')).toEqual([
      { column: 'B', label: 'B：名称', confidence: '把握 65%', evidence: '9 / 9 格是地名' },
      { column: 'E', label: 'E「合计」：计划总投资、目标值', confidence: '把握 85%', evidence: '参与 E = F + G + H + I' },
      { column: 'F', label: 'F「中央资金」：资金来源', confidence: '把握 85%', evidence: '参与 E = F + G + H + I' },
      {
        column: 'M',
        label: 'M「主责单位」：牵头单位',
        confidence: '把握 95%',
        evidence: '表头「主责单位」；12 / 12 格是单位名称；参与 E = F + G + H + I',
      },
    ]);
    expect(describeColumns({ M: evidence.M }, [SUM], 'en')).toEqual([
      {
        column: 'M',
        label: 'M “主责单位”: lead unit',
        confidence: '95% sure',
        evidence: 'header “主责单位”; 12 of 12 cells are organisation names; in E = F + G + H + I',
      },
    ]);
  });
});
