import { ReportFinding, ReportItem } from '../../src/core/report/checkReport';
import { NO_LEAD } from '../../src/core/report/progressSummary';
import { findingsForLead, groupFindings, leadsOfFinding } from '../../src/ui/findings';
import { check } from '../helpers/check';
import { readShared } from '../helpers/workbooks';

function finding(code: ReportFinding['code'], severity: ReportFinding['severity'], row: number, cell = `E${row}`): ReportFinding {
  return { code, severity, sheet: '表', row, rowEnd: row, cell, message: `${code} ${cell}` };
}

function item(row: number, rowEnd: number, leads: string[]): ReportItem {
  return { sheet: '表', row, rowEnd, leads, name: `事项${row}` } as ReportItem;
}

describe('findings grouped and filtered for the check step', () => {
  it('groups by severity, errors first, then by rule in the catalogue\'s order, with counts', () => {
    const findings = [
      finding('BEHIND_SCHEDULE', 'warning', 9),
      finding('TOTAL_NOT_FORMULA', 'info', 4),
      finding('SUM_MISMATCH', 'error', 4),
      finding('DEADLINE_OVERDUE', 'warning', 7),
      finding('BEHIND_SCHEDULE', 'warning', 5),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.severity, g.count, g.rules.map((r) => [r.code, r.findings.map((f) => f.row)])])).toEqual([
      ['error', 1, [['SUM_MISMATCH', [4]]]],
      ['warning', 3, [['DEADLINE_OVERDUE', [7]], ['BEHIND_SCHEDULE', [9, 5]]]],
      ['info', 1, [['TOTAL_NOT_FORMULA', [4]]]],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it('gives a finding the lead units of the items whose rows it falls in', () => {
    const items = [item(5, 7, ['民政局', '财政局']), item(8, 8, []), item(9, 9, ['教体局'])];
    expect(leadsOfFinding(finding('BEHIND_SCHEDULE', 'warning', 6), items)).toEqual(['民政局', '财政局']);
    expect(leadsOfFinding(finding('BEHIND_SCHEDULE', 'warning', 8), items)).toEqual([NO_LEAD]);
    expect(leadsOfFinding(finding('SUM_MISMATCH', 'error', 4), items)).toEqual([]);
    expect(leadsOfFinding({ ...finding('SUM_MISMATCH', 'error', 6), sheet: '另一表' }, items)).toEqual([]);
  });

  it('keeps a unit\'s findings under its name, and every finding under 全部', () => {
    const items = [item(5, 7, ['民政局']), item(9, 9, ['教体局'])];
    const findings = [finding('SUM_MISMATCH', 'error', 4), finding('BEHIND_SCHEDULE', 'warning', 6), finding('DEADLINE_OVERDUE', 'warning', 9)];
    expect(findingsForLead(findings, items, null)).toEqual(findings);
    expect(findingsForLead(findings, items, '民政局')).toEqual([findings[1]]);
    expect(findingsForLead(findings, items, '住建局')).toEqual([]);
  });

  it('splits shanting\'s findings among its lead units as its items behind by figures count them', () => {
    const { report } = check(readShared('shanting'));
    const behind = report.findings.filter((f) => f.code === 'BEHIND_SCHEDULE');
    expect(behind.length).toBeGreaterThan(0);
    // a 滞后 read from figures has its BEHIND_SCHEDULE finding; one read from stages has its basis instead
    for (const lead of report.progress.byLead) {
      const behindByFigures = report.items.filter((i) => i.leads.includes(lead.lead) && i.status === '滞后' && i.completion !== null).length;
      expect([lead.lead, findingsForLead(behind, report.items, lead.lead).length]).toEqual([lead.lead, behindByFigures]);
    }
  });
});
