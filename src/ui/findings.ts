import { ReportFinding, ReportItem } from "../core/report/checkReport";
import { NO_LEAD } from "../core/report/progressSummary";
import { RULE_CODES, RuleCode, Severity } from "../core/rules/types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface RuleGroup {
  code: RuleCode;
  findings: ReportFinding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

/** Findings by severity (errors first), then by rule in the catalogue's order; empty groups left out. */
export function groupFindings(findings: readonly ReportFinding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const rules = RULE_CODES.map((code) => ({
      code,
      findings: ofSeverity.filter((f) => f.code === code),
    })).filter((group) => group.findings.length > 0);
    return { severity, count: ofSeverity.length, rules };
  }).filter((group) => group.count > 0);
}

/**
 * The lead units a finding belongs to: those of the items whose rows it falls in, as the progress
 * summary counts them (an item naming none belongs to 「（未注明）」). Empty outside every item.
 */
export function leadsOfFinding(finding: ReportFinding, items: readonly ReportItem[]): string[] {
  const leads = new Set<string>();
  for (const item of items) {
    if (item.sheet !== finding.sheet || finding.row < item.row || finding.row > item.rowEnd)
      continue;
    for (const lead of item.leads.length > 0 ? item.leads : [NO_LEAD]) leads.add(lead);
  }
  return [...leads];
}

/** The findings about one lead unit's items; all of them when no unit is chosen. */
export function findingsForLead(
  findings: readonly ReportFinding[],
  items: readonly ReportItem[],
  lead: string | null
): ReportFinding[] {
  if (lead === null) return [...findings];
  return findings.filter((f) => leadsOfFinding(f, items).includes(lead));
}

/** A finding's cell as a list shows it: its address, with its sheet when not the sheet shown. */
export function findingCellLabel(
  finding: Pick<ReportFinding, "sheet" | "cell">,
  sheet: string
): string {
  return finding.sheet === sheet ? finding.cell : `${finding.sheet}!${finding.cell}`;
}
