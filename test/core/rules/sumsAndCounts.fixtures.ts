import { CellSpec, LedgerSpec } from '../../helpers/ledger';

/** A project row: 类别, 序号, 名称, 任务明细, 总投资, 年度投资, four funding sources, 责任单位. */
export type ProjectRow = CellSpec[];

/**
 * A project list laid out like lianshui's: a title, a two-row header with the funding group over its
 * sources (data from sheet row 4, columns E to J holding money).
 */
export function projectList(rows: ProjectRow[], merges: string[] = []): LedgerSpec {
  return {
    title: '2024年县政府民生实事项目表',
    headers: [
      ['项目类别', '序号', '项目名称', '任务明细', '投资规模及资金筹措方案（单位：万元）', '', '', '', '', '', '责任单位'],
      ['', '', '', '', '项目计划总投资', '2024年计划投资', '上级补助', '县财政统筹', '社会资本', '自筹资金', ''],
    ],
    rows,
    merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:J2', 'K2:K3', ...merges],
  };
}

/** A progress report with one text column per role, for rules that read prose (data from row 3). */
export function progressReport(texts: { name?: string; target?: string; progress?: string }[]): LedgerSpec {
  return {
    title: '2024年民生实事推进情况表',
    headers: ['序号', '项目名称', '任务目标', '项目推进情况', '牵头单位'],
    rows: texts.map((t, i) => [String(i + 1), t.name ?? `项目${i + 1}`, t.target ?? '', t.progress ?? '', '县民政局']),
  };
}
