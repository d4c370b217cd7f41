import { Lang } from "../core/i18n";
import { CompareReport, ReportItemRef } from "../core/compare/compareReport";
import { CheckReport } from "../core/report/checkReport";
import { formatCheckText, formatFindingLines } from "./check";
import { msg } from "./messages";

/** `taizhang compare --format json`: this period's check report, with the comparison under `compare`. */
export type CompareOutput = CheckReport & { compare: CompareReport };

function candidateList(lang: Lang, candidates: { item: ReportItemRef; score: number }[]): string {
  return candidates
    .map((c) =>
      msg(lang, "compareCandidate", {
        row: c.item.row,
        name: c.item.name,
        score: Math.round(c.score * 100),
      })
    )
    .join(lang === "en" ? ", " : "、");
}

/** The section 对比上期: the matching in one line, the findings by sheet, the uncertain matches. */
export function formatCompareText(compare: CompareReport, lang: Lang, tty: boolean): string {
  const lines = [
    msg(lang, "compareHeading", { lastFile: compare.lastFile, lastAsOf: compare.lastAsOf }),
    msg(lang, "compareMatching", compare.summary),
  ];
  const removed = compare.findings.filter((f) => f.code === "ITEM_REMOVED");
  const current = compare.findings.filter((f) => f.code !== "ITEM_REMOVED");
  if (compare.findings.length === 0) lines.push("", msg(lang, "noChanges"));
  lines.push(
    ...formatFindingLines(current, lang, tty, (sheet) => msg(lang, "sheetHeading", { sheet }))
  );
  lines.push(
    ...formatFindingLines(removed, lang, tty, (sheet) => msg(lang, "compareLastSheet", { sheet }))
  );
  const uncertain = compare.matching.uncertain;
  if (uncertain.length > 0) {
    lines.push("", msg(lang, "compareUncertainHeading"));
    for (const u of uncertain) {
      lines.push(
        "  " +
          msg(lang, "compareUncertainLine", {
            period: msg(lang, u.period === "current" ? "thisPeriod" : "lastPeriod"),
            row: u.item.row,
            name: u.item.name,
            candidates: candidateList(lang, u.candidates),
          })
      );
    }
  }
  return lines.join("\n") + "\n";
}

/** The text form of `taizhang compare`: this period's check report, then 对比上期. */
export function formatCompareOutput(output: CompareOutput, lang: Lang, tty: boolean): string {
  return formatCheckText(output, lang, tty) + "\n" + formatCompareText(output.compare, lang, tty);
}
