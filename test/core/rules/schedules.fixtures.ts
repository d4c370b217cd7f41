import { LedgerSpec } from '../../helpers/ledger';

/** One row of a progress report: what a test leaves out stays empty. */
export interface ReportRow {
  name?: string;
  target?: string;
  plan?: string;
  progress?: string;
  status?: string;
  deadline?: string;
}

/**
 * A progress report laid out like lanling's (data from sheet row 3): A 编号, B 项目名称, C 任务目标,
 * D 项目月度计划, E 项目推进情况, F 工作成效, G 完成时限, H 牵头单位.
 */
export function progressReport(rows: ReportRow[], title = '兰陵县2023年度重点民生实事项目推进情况表'): LedgerSpec {
  return {
    title,
    headers: ['编号', '项目名称', '任务目标', '项目月度计划', '项目推进情况', '工作成效', '完成时限', '牵头单位'],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.name ?? `项目${i + 1}`,
      r.target ?? '',
      r.plan ?? '',
      r.progress ?? '',
      r.status ?? '',
      r.deadline ?? '',
      '县住建局',
    ]),
  };
}

/** The same report without a 完成时限 column: A 编号 … F 工作成效, G 牵头单位. */
export function reportWithoutDeadlines(rows: ReportRow[], title = '2023年民生实事推进情况表'): LedgerSpec {
  return {
    title,
    headers: ['编号', '项目名称', '任务目标', '项目月度计划', '项目推进情况', '工作成效', '牵头单位'],
    rows: rows.map((r, i) => [
      String(i + 1),
      r.name ?? `项目${i + 1}`,
      r.target ?? '',
      r.plan ?? '',
      r.progress ?? '',
      r.status ?? '',
      '县住建局',
    ]),
  };
}
