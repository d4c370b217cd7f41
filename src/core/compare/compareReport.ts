import { CheckResult } from "../check";
import { Lang } from "../i18n";
import { Item } from "../model/items";
import { ReportFinding, reportFinding } from "../report/checkReport";
import { Finding, Severity } from "../rules/types";
import { roundTo } from "../text/decimal";
import { MatchBasis, Matching } from "./match";
import { ChangeNotes } from "./types";
import { itemName } from "./texts";

/** An item as the compare report names it: where it stands in its own period's sheet. */
export interface ReportItemRef {
  sheet: string;
  /** 1-based sheet rows. */
  row: number;
  rowEnd: number;
  seq: string;
  name: string;
}

/** `taizhang compare LAST THIS --format json`, under `compare` (docs/report-format.md). */
export interface CompareReport {
  /** This period's file and report date. */
  file: string;
  asOf: string;
  lastFile: string;
  lastAsOf: string;
  /** The findings of the comparison; ITEM_REMOVED's sheet, row and cell are last period's. */
  findings: ReportFinding[];
  matching: {
    pairs: { last: ReportItemRef; current: ReportItemRef; confidence: number; basis: MatchBasis }[];
    added: ReportItemRef[];
    removed: ReportItemRef[];
    uncertain: {
      period: "last" | "current";
      item: ReportItemRef;
      candidates: { item: ReportItemRef; score: number }[];
    }[];
  };
  /** This period's items with what changed, as the 较上期 column writes it. */
  changes: { item: ReportItemRef; change: string }[];
  summary: {
    errors: number;
    warnings: number;
    infos: number;
    pairs: number;
    added: number;
    removed: number;
    uncertain: number;
  };
}

export function itemRef(item: Item): ReportItemRef {
  return {
    sheet: item.sheet,
    row: item.row + 1,
    rowEnd: item.rowEnd + 1,
    seq: item.fields.seq?.text ?? "",
    name: itemName(item),
  };
}

/** A score as the report shows it: two places (0.87). */
function score(value: number): number {
  return roundTo(value, 2);
}

export function buildCompareReport(
  last: CheckResult,
  current: CheckResult,
  matching: Matching,
  findings: Finding[],
  notes: ChangeNotes,
  lang: Lang
): CompareReport {
  const count = (severity: Severity): number =>
    findings.filter((f) => f.severity === severity).length;
  const items = current.model.items;
  // an item is named in the pairs and again in the changes: its reference is made once
  const refs = new Map<Item, ReportItemRef>();
  const ref = (item: Item): ReportItemRef => {
    let known = refs.get(item);
    if (!known) refs.set(item, (known = itemRef(item)));
    return known;
  };
  return {
    file: current.model.name,
    asOf: current.model.asOf,
    lastFile: last.model.name,
    lastAsOf: last.model.asOf,
    findings: findings.map((f) => reportFinding(f, lang)),
    matching: {
      pairs: matching.pairs.map((p) => ({
        last: ref(p.last),
        current: ref(p.current),
        confidence: score(p.confidence),
        basis: p.basis,
      })),
      added: matching.added.map(ref),
      removed: matching.removed.map(ref),
      uncertain: matching.uncertain.map((u) => ({
        period: u.period,
        item: ref(u.item),
        candidates: u.candidates.map((c) => ({ item: ref(c.item), score: score(c.score) })),
      })),
    },
    changes: [...notes]
      .sort((a, b) => a[0] - b[0])
      .map(([index, texts]) => ({
        item: ref(items[index]),
        change: texts.map((t) => t[lang]).join(lang === "zh" ? "；" : "; "),
      })),
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      pairs: matching.pairs.length,
      added: matching.added.length,
      removed: matching.removed.length,
      uncertain: matching.uncertain.length,
    },
  };
}
