import { Lang } from "../core/i18n";
import { ROLE_LABELS, TABLE_KIND_LABELS } from "../core/report/labels";
import { InspectReport } from "../core/report/inspectReport";
import { Role } from "../core/detect/roles";
import { msg } from "./messages";

function rowSpan([from, to]: [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function rowList(rows: number[]): string {
  return rows.join("、");
}

/** `报告日期：2023-06-30（从A2「截至时间：2023年6月30日」推断）`: the date and where it came from. */
export function formatReportDateLine(
  report: Pick<InspectReport, "asOf" | "asOfSource" | "asOfFrom">,
  lang: Lang
): string {
  const source =
    report.asOfSource === "flag"
      ? msg(lang, "asOfFlag")
      : report.asOfSource === "title"
        ? msg(lang, "asOfTitle", { from: report.asOfFrom ?? "" })
        : msg(lang, "asOfToday");
  return lang === "en"
    ? `${msg(lang, "asOf")}: ${report.asOf} (${source})`
    : `${msg(lang, "asOf")}：${report.asOf}（${source}）`;
}

/** The text form of `taizhang inspect`. */
export function formatInspectText(report: InspectReport, lang: Lang): string {
  const lines: string[] = [];
  const sep = lang === "en" ? ": " : "：";
  lines.push(`${msg(lang, "file")}${sep}${report.file}`);
  lines.push(formatReportDateLine(report, lang));
  if (report.planYear !== null) lines.push(`${msg(lang, "planYear")}${sep}${report.planYear}`);
  if (report.tables.length === 0) lines.push(msg(lang, "noTables"));
  report.tables.forEach((table, i) => {
    lines.push("");
    lines.push(
      msg(lang, "tableHeading", {
        n: i + 1,
        title: table.title ?? msg(lang, "untitled"),
        sheet: table.sheet,
        kind: TABLE_KIND_LABELS[table.kind][lang],
      })
    );
    lines.push(
      "  " +
        msg(lang, "rowsLine", {
          header: rowSpan(table.headerRows),
          data: rowSpan(table.dataRows),
          totals: table.totalsRow === null ? msg(lang, "none") : String(table.totalsRow),
        })
    );
    lines.push("  " + msg(lang, "itemsLine", { items: table.items, groups: table.groups }));
    const columns = (Object.entries(table.columns) as [Role, string][])
      .map(([role, letter]) => `${ROLE_LABELS[role][lang]} ${letter}`)
      .join(lang === "en" ? ", " : "，");
    lines.push("  " + msg(lang, "columnsLine", { columns }));
    const funding = Object.entries(table.fundingColumns).map(
      ([label, letter]) => `${label} ${letter}`
    );
    if (funding.length > 0) {
      lines.push(
        "  " +
          msg(lang, "fundingLine", {
            columns: funding.join(lang === "en" ? ", " : "，"),
            unit: table.moneyUnit ?? msg(lang, "none"),
          })
      );
    }
    const extras: string[] = [];
    if (table.subtotalRows.length)
      extras.push(msg(lang, "subtotalRows", { rows: rowList(table.subtotalRows) }));
    if (table.categoryRows.length)
      extras.push(msg(lang, "categoryRows", { rows: rowList(table.categoryRows) }));
    if (table.repeatedHeaderRows.length)
      extras.push(msg(lang, "repeatedHeaders", { rows: rowList(table.repeatedHeaderRows) }));
    if (table.blankRows.length)
      extras.push(msg(lang, "blankRows", { rows: rowList(table.blankRows) }));
    if (table.continuationRows.length)
      extras.push(msg(lang, "continuationRows", { rows: rowList(table.continuationRows) }));
    if (table.noteRows.length)
      extras.push(msg(lang, "noteRows", { rows: rowList(table.noteRows) }));
    if (extras.length)
      lines.push(
        "  " + msg(lang, "extraRowsLine", { parts: extras.join(lang === "en" ? "; " : "；") })
      );
  });
  lines.push("");
  lines.push(msg(lang, "totalItems", { items: report.summary.items }));
  return lines.join("\n") + "\n";
}
