import { Lang } from "../core/i18n";
import { CheckReport, ReportFinding } from "../core/report/checkReport";
import { PROGRESS_STATUSES } from "../core/progress/status";
import { STATUS_LABELS } from "../core/report/labels";
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

/** Findings grouped by sheet (under the heading given), then severity; each line names its cell. */
export function formatFindingLines(
  findings: readonly ReportFinding[],
  lang: Lang,
  tty: boolean,
  sheetHeading: (sheet: string) => string
): string[] {
  const lines: string[] = [];
  const cellWidth = findings.reduce((width, f) => Math.max(width, f.cell.length), 4);
  for (const sheet of new Set(findings.map((f) => f.sheet))) {
    lines.push("", sheetHeading(sheet));
    for (const severity of SEVERITIES) {
      const ofSeverity = findings.filter((f) => f.sheet === sheet && f.severity === severity);
      if (ofSeverity.length === 0) continue;
      const heading = msg(lang, "severityHeading", {
        severity: msg(lang, severity),
        count: ofSeverity.length,
      });
      lines.push("  " + paint(heading, COLOURS[severity], tty));
      for (const finding of ofSeverity) lines.push(findingLine(finding, cellWidth, tty));
    }
  }
  return lines;
}

/** The text form of `taizhang check`: grouped by sheet, then severity; each line names its cell. */
export function formatCheckText(report: CheckReport, lang: Lang, tty: boolean): string {
  const lines: string[] = [];
  lines.push(paint(msg(lang, "checkHeading", { file: report.file }), BOLD, tty));
  lines.push(formatReportDateLine(report, lang));
  if (report.findings.length === 0) lines.push("", msg(lang, "noFindings"));
  lines.push(
    ...formatFindingLines(report.findings, lang, tty, (sheet) =>
      msg(lang, "sheetHeading", { sheet })
    )
  );
  if (report.items.length > 0) lines.push("", ...formatProgress(report, lang));
  lines.push("", msg(lang, "checkSummary", report.summary));
  return lines.join("\n") + "\n";
}

/** Columns as wide as a terminal shows them: a Chinese character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Per-status counts, then the per-lead-unit table: items, behind, overdue. */
function formatProgress(report: CheckReport, lang: Lang): string[] {
  const counts = PROGRESS_STATUSES.map(
    (s) => `${STATUS_LABELS[s][lang]} ${report.progress.byStatus[s]}`
  );
  const lines = [msg(lang, "statusLine", { asOf: report.asOf, counts: counts.join(" · ") })];
  const headers = [
    msg(lang, "leadUnit"),
    msg(lang, "leadItems"),
    msg(lang, "leadBehind"),
    msg(lang, "leadOverdue"),
  ];
  const leadWidth = Math.max(
    displayWidth(headers[0]),
    ...report.progress.byLead.map((l) => displayWidth(l.lead))
  );
  const numberWidth = Math.max(6, ...headers.slice(1).map(displayWidth));
  const row = (cells: string[]): string =>
    "  " +
    padEnd(cells[0], leadWidth) +
    cells
      .slice(1)
      .map((c) => padStart(c, numberWidth + 2))
      .join("");
  lines.push("", row(headers));
  for (const lead of report.progress.byLead) {
    lines.push(row([lead.lead, String(lead.items), String(lead.behind), String(lead.overdue)]));
  }
  return lines;
}
