import { Lang } from "../i18n";
import { WorkbookModel } from "../model/workbookModel";
import { Finding, Severity } from "../rules/types";
import { ReportHeader, reportHeader } from "./inspectReport";

/** A finding as the JSON report shows it (report-format.md): its message in one language. */
export type ReportFinding = Omit<Finding, "message" | "itemIndex"> & { message: string };

export interface ReportItem {
  sheet: string;
  row: number;
  rowEnd: number;
  name: string;
  /** The project or task number as written, '' when the table has none. */
  seq: string;
  leads: string[];
}

/** `taizhang check --format json`: the public contract of report-format.md. */
export interface CheckReport extends ReportHeader {
  findings: ReportFinding[];
  items: ReportItem[];
  summary: { errors: number; warnings: number; infos: number; items: number };
}

export function reportFinding(finding: Finding, lang: Lang): ReportFinding {
  const out: ReportFinding = {
    code: finding.code,
    severity: finding.severity,
    sheet: finding.sheet,
    row: finding.row,
    rowEnd: finding.rowEnd,
    cell: finding.cell,
    message: finding.message[lang],
  };
  if (finding.expected !== undefined) out.expected = finding.expected;
  if (finding.actual !== undefined) out.actual = finding.actual;
  return out;
}

/** An item's display name: its own name, or the name of the project it belongs to. */
function itemName(item: WorkbookModel["items"][number]): string {
  const name = item.fields.name?.text ?? item.group.name;
  return name.replace(/\s+/g, "");
}

export function buildCheckReport(
  model: WorkbookModel,
  findings: Finding[],
  lang: Lang
): CheckReport {
  const count = (severity: Severity): number =>
    findings.filter((f) => f.severity === severity).length;
  return {
    ...reportHeader(model),
    findings: findings.map((f) => reportFinding(f, lang)),
    items: model.items.map((item) => ({
      sheet: item.sheet,
      row: item.row + 1,
      rowEnd: item.rowEnd + 1,
      name: itemName(item),
      seq: item.fields.seq?.text ?? "",
      leads: item.leads,
    })),
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      items: model.items.length,
    },
  };
}
