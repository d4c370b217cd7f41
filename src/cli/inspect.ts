import { Lang } from "../core/i18n";
import { ROLE_LABELS, TABLE_KIND_LABELS } from "../core/report/labels";
import { InspectReport } from "../core/report/inspectReport";
import { ColumnEvidenceSummary, RelationSummary, TableSummary } from "../core/report/tableSummary";
import { contentSignalText, relationText } from "../core/report/detectionWords";
import { Role } from "../core/detect/roles";
import { msg } from "./messages";

function rowSpan([from, to]: [number, number]): string {
  return from === to ? String(from) : `${from}–${to}`;
}

function rowList(rows: number[]): string {
  return rows.join("、");
}

function listSeparator(lang: Lang): string {
  return lang === "en" ? ", " : "、";
}

/**
 * Why a column has a role its header's words did not give: the arithmetic it takes part in, else
 * what its cells hold, and how sure detection is (`据内容：9 / 9 格是地名；把握 65%`). Null for a
 * column its header named.
 */
function evidenceBasis(
  evidence: ColumnEvidenceSummary,
  relations: readonly RelationSummary[],
  lang: Lang
): string | null {
  if (evidence.roles.length === 0 && !evidence.funding) return null;
  if (evidence.signals.some((s) => s.kind === "header")) return null;
  const expressions = new Set<string>();
  const contents: string[] = [];
  for (const signal of evidence.signals) {
    if (signal.kind === "relation")
      expressions.add(
        relations.find((r) => r.id === signal.relation)?.expression ?? signal.relation
      );
    else if (signal.kind === "content") contents.push(contentSignalText(signal, lang));
  }
  const basis =
    expressions.size > 0
      ? [msg(lang, "byRelation", { expressions: [...expressions].join(listSeparator(lang)) })]
      : contents.length > 0
        ? [msg(lang, "byContent", { signals: contents.join(lang === "en" ? ", " : "，") })]
        : [];
  const confidence = msg(lang, "confidence", { percent: Math.round(evidence.confidence * 100) });
  return [...basis, confidence].join(lang === "en" ? "; " : "；");
}

/**
 * The columns whose roles came from their cells or the arithmetic, those with the same roles and
 * grounds together: `资金来源 C、E、G（据关系：I = C + E + G；把握 85%）`.
 */
function evidenceLine(table: TableSummary, lang: Lang): string | null {
  const groups = new Map<string, { roles: string; basis: string; columns: string[] }>();
  for (const [column, evidence] of Object.entries(table.evidence)) {
    const basis = evidenceBasis(evidence, table.relations, lang);
    if (basis === null) continue;
    const roles = [
      ...evidence.roles.map((role) => ROLE_LABELS[role][lang]),
      ...(evidence.funding ? [msg(lang, "fundingRole")] : []),
    ].join(lang === "en" ? "/" : "、");
    const key = `${roles}\u0000${basis}`;
    const group = groups.get(key) ?? { roles, basis, columns: [] };
    group.columns.push(column);
    groups.set(key, group);
  }
  if (groups.size === 0) return null;
  const columns = [...groups.values()].map((g) =>
    msg(lang, "evidenceColumn", {
      roles: g.roles,
      column: g.columns.join(listSeparator(lang)),
      basis: g.basis,
    })
  );
  return msg(lang, "evidenceLine", { columns: columns.join(lang === "en" ? "; " : "，") });
}

/** The evidence line (when a column's role came from its cells or the arithmetic) and one line per relation. */
function detectionLines(table: TableSummary, lang: Lang): string[] {
  const lines: string[] = [];
  const evidence = evidenceLine(table, lang);
  if (evidence !== null) lines.push("  " + evidence);
  for (const indicator of table.indicators)
    lines.push(
      "  " +
        msg(lang, indicator.rate === null ? "indicatorLine" : "indicatorRateLine", {
          label: indicator.label.replace(/\s+/g, ""),
          target: indicator.target,
          actual: indicator.actual,
          rate: indicator.rate ?? "",
        })
    );
  for (const relation of table.relations)
    lines.push("  " + msg(lang, "relationLine", { relation: relationText(relation, lang) }));
  return lines;
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
    lines.push(...detectionLines(table, lang));
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
