import { Lang } from "../i18n";
import { Item } from "../model/items";
import { roundTo } from "../text/decimal";
import { compactText } from "../text/normalize";
import { WorkbookModel } from "../model/workbookModel";
import { CompletionBasis, Quantity } from "../progress/completion";
import { DeadlineSource } from "../progress/deadline";
import { ItemProgress, ProgressAnalysis } from "../progress/itemProgress";
import { ProgressStatus } from "../progress/status";
import { Finding, Severity } from "../rules/types";
import { ReportHeader, reportHeader } from "./inspectReport";
import { ProgressSummary, summarizeProgress } from "./progressSummary";

/** A finding as the JSON report shows it (report-format.md): its message in one language. */
export type ReportFinding = Omit<Finding, "message" | "itemIndex"> & { message: string };

/** An item as the JSON report shows it (report-format.md), with where its figures came from. */
export interface ReportItem {
  sheet: string;
  row: number;
  rowEnd: number;
  name: string;
  /** The project or target the item belongs to (its own name when it stands alone). */
  project: string;
  /** The project or task number as written, '' when the table has none. */
  seq: string;
  leads: string[];
  targets: Quantity[];
  actuals: Quantity[];
  /** achieved ÷ target (0.376, not 37.6); null when nothing can be set against a target. */
  completion: number | null;
  /** How completion was read: figures, a stated percent, a statement, target/actual columns. */
  completionBasis: CompletionBasis | null;
  /** With several targets, the item's completion is the lowest: which one, of how many. */
  lowestOf: { target: Quantity; of: number } | null;
  /** 序时进度 at the report date, in [0, 1]. */
  timeElapsed: number | null;
  start: string;
  deadline: string | null;
  deadlineSource: DeadlineSource | null;
  status: ProgressStatus;
  /** What the status rests on, in words (`计划3月完成招标，推进情况写明…，进度正常`); null for 无法判断. */
  basis: string | null;
  /** The status word the sheet gives, normalised; null when it gives none. */
  sheetStatus: ProgressStatus | null;
  currentPlan: string | null;
  nextPlan: string | null;
}

/** `taizhang check --format json`: the public contract of report-format.md. */
export interface CheckReport extends ReportHeader {
  findings: ReportFinding[];
  items: ReportItem[];
  /** Items per status, and per lead unit with how many are behind or overdue. */
  progress: ProgressSummary;
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

const MAX_NAME_LENGTH = 40;

/**
 * An item's display name. A project alone in its group goes by its name; a sub-item of a target by
 * the first sentence of its own content (`加快城市更新，新建供热管网3公里`); a unit-year row of a
 * decomposition by its project, year and lead units.
 */
export function itemDisplayName(item: Item): string {
  let name = displayNames.get(item);
  if (name === undefined) displayNames.set(item, (name = readDisplayName(item)));
  return name;
}

/** The report, the compare's matching and its report each name every item: the name is made once. */
const displayNames = new WeakMap<Item, string>();

const SENTENCE_END = /[。；;\n]/;

function readDisplayName(item: Item): string {
  const project = compactText(item.group.name);
  if (item.indicator) return `${project} · ${compactText(item.indicator.label)}`;
  if (item.group.items.length === 1) return project;
  const year = item.fields.year?.text;
  if (year)
    return `${project}（${compactText(year)} ${item.leads.join("、")}）`.replace(" ）", "）");
  const own = item.fields.target;
  if (own && own.source === "own") {
    const text = compactText(own.text);
    const end = text.search(SENTENCE_END);
    const sentence = end < 0 ? text : text.slice(0, end);
    return sentence.length > MAX_NAME_LENGTH ? `${sentence.slice(0, MAX_NAME_LENGTH)}…` : sentence;
  }
  return project;
}

/** Fractions to four places: 0.0667, as the report shows them. */
function fraction(value: number | null): number | null {
  return value === null ? null : roundTo(value, 4);
}

export function reportItem(progress: ItemProgress, lang: Lang): ReportItem {
  const { item, completion, schedule } = progress;
  return {
    sheet: item.sheet,
    row: item.row + 1,
    rowEnd: item.rowEnd + 1,
    name: itemDisplayName(item),
    project: compactText(item.group.name),
    seq: item.fields.seq?.text ?? "",
    leads: item.leads.length > 0 ? item.leads : (progress.project?.leads ?? []),
    targets: completion.targets,
    actuals: completion.actuals,
    completion: fraction(completion.completion),
    completionBasis: completion.basis,
    lowestOf: completion.lowestOf && {
      target: completion.lowestOf.target,
      of: completion.lowestOf.count,
    },
    timeElapsed: fraction(progress.timeElapsed),
    start: schedule.start,
    deadline: schedule.deadline?.date ?? null,
    deadlineSource: schedule.deadline?.source ?? null,
    status: progress.status,
    basis: progress.basis?.[lang] ?? null,
    sheetStatus: progress.sheetStatus,
    currentPlan: progress.currentPlan,
    nextPlan: progress.nextPlan,
  };
}

export function buildCheckReport(
  model: WorkbookModel,
  progress: ProgressAnalysis,
  findings: Finding[],
  lang: Lang
): CheckReport {
  const count = (severity: Severity): number =>
    findings.filter((f) => f.severity === severity).length;
  const items = progress.items.map((p) => reportItem(p, lang));
  return {
    ...reportHeader(model),
    findings: findings.map((f) => reportFinding(f, lang)),
    items,
    progress: summarizeProgress(items),
    summary: {
      errors: count("error"),
      warnings: count("warning"),
      infos: count("info"),
      items: model.items.length,
    },
  };
}
