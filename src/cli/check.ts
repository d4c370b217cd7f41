import { Lang } from "../core/i18n";
import { CheckReport, ReportFinding } from "../core/report/checkReport";
import { Severity } from "../core/rules/types";
import { msg } from "./messages";
import { formatReportDateLine } from "./inspect";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const COLOURS: Record<Severity, string> = {
  error: "\u001b[31m",
  warning: "\u001b[33m",
  info: "\u001b[36m",
};
const RESET = "\u001b[0m";
const BOLD = "\u001b[1m";

function paint(text: string, colour: string, tty: boolean): string {
  return tty ? `${colour}${text}${RESET}` : text;
}

function findingLine(finding: ReportFinding, cellWidth: number, tty: boolean): string {
  const cell = finding.cell.padEnd(cellWidth);
  return `    ${cell}  ${paint(finding.code, COLOURS[finding.severity], tty)}  ${finding.message}`;
}

/** The text form of `taizhang check`: grouped by sheet, then severity; each line names its cell. */
export function formatCheckText(report: CheckReport, lang: Lang, tty: boolean): string {
  const lines: string[] = [];
  lines.push(paint(msg(lang, "checkHeading", { file: report.file }), BOLD, tty));
  lines.push(formatReportDateLine(report, lang));
  const sheets = [...new Set(report.findings.map((f) => f.sheet))];
  if (sheets.length === 0) lines.push("", msg(lang, "noFindings"));
  const cellWidth = Math.max(4, ...report.findings.map((f) => f.cell.length));
  for (const sheet of sheets) {
    lines.push("", msg(lang, "sheetHeading", { sheet }));
    for (const severity of SEVERITIES) {
      const findings = report.findings.filter((f) => f.sheet === sheet && f.severity === severity);
      if (findings.length === 0) continue;
      const heading = msg(lang, "severityHeading", {
        severity: msg(lang, severity),
        count: findings.length,
      });
      lines.push("  " + paint(heading, COLOURS[severity], tty));
      for (const finding of findings) lines.push(findingLine(finding, cellWidth, tty));
    }
  }
  lines.push("", msg(lang, "checkSummary", report.summary));
  return lines.join("\n") + "\n";
}
