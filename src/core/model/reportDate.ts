import { cellAddress, columnLetter } from "../grid";
import { DetectedTable } from "../detect/types";
import { monthInHeader } from "../detect/roles";
import { compactText } from "../text/normalize";
import { Period, daysInMonth, findPeriods, isoDate } from "../text/periods";
import { AS_OF_WORDS } from "../vocabulary/periods";

export type ReportDateSource = "flag" | "title" | "today";

/** The report date as inferred from the sheet, and where it was read. */
export interface InferredReportDate {
  date: string;
  /** Human-readable origin, e.g. `A2「截至时间：2023年6月30日」`. */
  from: string;
}

function isPeriod(p: ReturnType<typeof findPeriods>[number]): p is Period {
  return !("invalid" in p);
}

/** The plan year a table's title states (`2024年县政府民生实事项目表` → 2024), if any. */
export function planYearOf(table: DetectedTable): number | null {
  for (const text of [table.title ?? "", ...table.subtitles]) {
    const m = /(20\d\d)\s*年/.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

function titleCell(table: DetectedTable, index: number): string {
  const row = table.titleRows[index];
  return row === undefined ? "" : cellAddress(row, table.left);
}

/**
 * Infers the date a progress report covers from its title, subtitle or progress headers:
 * `截至时间：2023年6月30日`, `（1-6月份）`, `2025年一季度`, `12月份推进情况`, and `4月份计划` (next month's
 * plan, so the report covers March).
 */
export function inferReportDate(
  table: DetectedTable,
  planYear: number | null
): InferredReportDate | null {
  const year = planYear ?? planYearOf(table);
  const titleTexts = [table.title ?? "", ...table.subtitles];
  const titleRowTexts = titleTexts.map((text, i) => ({ text, cell: titleCell(table, i) }));
  if (year !== null) {
    for (const { text, cell } of titleRowTexts) {
      const at = text.search(AS_OF_WORDS);
      if (at < 0) continue;
      const found = findPeriods(text.slice(at), { year }).filter(isPeriod)[0];
      if (found) return { date: found.end, from: `${cell}「${text.trim()}」` };
    }
    for (const { text, cell } of titleRowTexts) {
      const periods = findPeriods(text, { year })
        .filter(isPeriod)
        .filter((p) => p.kind !== "year" && p.kind !== "yearRange");
      const last = periods[periods.length - 1];
      if (last) return { date: last.end, from: `${cell}「${text.trim()}」` };
    }
    for (const column of table.columns) {
      const header = compactText(column.header);
      const month = monthInHeader(header);
      if (month === null) continue;
      const at = `${columnLetter(column.col)}${table.headerBottom + 1}「${column.header}」`;
      if (column.roles.includes("progress"))
        return { date: isoDate(year, month, daysInMonth(year, month)), from: at };
      if (column.roles.includes("nextPlan")) {
        const coveredYear = month === 1 ? year - 1 : year;
        const coveredMonth = month === 1 ? 12 : month - 1;
        return {
          date: isoDate(coveredYear, coveredMonth, daysInMonth(coveredYear, coveredMonth)),
          from: at,
        };
      }
    }
  }
  return null;
}
