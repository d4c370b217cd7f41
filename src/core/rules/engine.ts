import { cellAddress } from "../grid";
import { fillTemplate } from "../i18n";
import { WorkbookModel } from "../model/workbookModel";
import { ProgressAnalysis, analyzeProgress } from "../progress/itemProgress";
import { parseFigures } from "../text/figures";
import { formatPlainNumber } from "../grid";
import { ALL_RULES } from "./registry";
import {
  DEFAULT_SETTINGS,
  Finding,
  FindingDraft,
  Rule,
  RuleCode,
  RuleContext,
  RuleMeta,
  RuleSettings,
  Severity,
} from "./types";

export interface RuleOptions {
  /** Per code: 'off', or a severity that replaces the default. */
  rules?: Partial<Record<RuleCode, Severity | "off">>;
  /** Run only these codes (all when absent). */
  only?: RuleCode[];
  settings?: Partial<RuleSettings>;
}

function renderValues(values: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    out[key] = typeof value === "number" ? formatPlainNumber(value) : value;
  }
  return out;
}

/** A rule's draft as a finding: its code, the severity it runs at, its messages rendered. */
export function toFinding(meta: RuleMeta, severity: Severity, draft: FindingDraft): Finding {
  const template = meta.messages[draft.messageId];
  if (!template) throw new Error(`${meta.code}: no message ${draft.messageId}`);
  const values = renderValues(draft.values ?? {});
  const rows = draft.item
    ? [draft.item.row, draft.item.rowEnd]
    : (draft.rows ?? [draft.at.row, draft.at.row]);
  const finding: Finding = {
    code: meta.code,
    severity,
    sheet: draft.item?.sheet ?? draft.sheet ?? "",
    row: Math.min(rows[0], draft.at.row) + 1,
    rowEnd: Math.max(rows[1], draft.at.row) + 1,
    cell: cellAddress(draft.at.row, draft.at.col),
    message: { zh: fillTemplate(template.zh, values), en: fillTemplate(template.en, values) },
  };
  if (draft.expected !== undefined) finding.expected = draft.expected;
  if (draft.actual !== undefined) finding.actual = draft.actual;
  if (draft.item) finding.itemIndex = draft.item.index;
  return finding;
}

/** What localeCompare does, with one collator for the whole sort rather than one per comparison. */
const DEFAULT_ORDER = new Intl.Collator();

/** Findings in sheet order (the sheets' positions given), then row, cell and code. */
export function compareFindings(order: Map<string, number>): (a: Finding, b: Finding) => number {
  return (a, b) =>
    (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) ||
    a.row - b.row ||
    a.cell.length - b.cell.length ||
    DEFAULT_ORDER.compare(a.cell, b.cell) ||
    DEFAULT_ORDER.compare(a.code, b.code);
}

/** The severity a rule runs at under the caller's options; null when it is not to run. */
export function severityUnder(
  meta: RuleMeta,
  options: Pick<RuleOptions, "rules" | "only">
): Severity | null {
  const override = options.rules?.[meta.code];
  if (override === "off") return null;
  if (options.only && !options.only.includes(meta.code)) return null;
  return override ?? meta.severity;
}

/** The settings a run uses: the defaults with the caller's changes. */
export function resolveSettings(options: RuleOptions): RuleSettings {
  return { ...DEFAULT_SETTINGS, ...options.settings };
}

/**
 * Runs the rules over a workbook model and its progress analysis, and returns the findings in
 * sheet, row and cell order.
 */
export function runRules(
  model: WorkbookModel,
  options: RuleOptions = {},
  rules: readonly Rule[] = ALL_RULES,
  progress: ProgressAnalysis = analyzeProgress(model, resolveSettings(options).behindMargin)
): Finding[] {
  const settings = resolveSettings(options);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const severity = severityUnder(rule.meta, options);
    if (severity === null) continue;
    const context: RuleContext = {
      model,
      settings,
      progress,
      progressOf: (item) => progress.items[item.index],
      report(draft) {
        const finding = toFinding(rule.meta, severity, draft);
        const key = `${finding.code}|${finding.sheet}|${finding.cell}|${finding.message.zh}`;
        if (seen.has(key)) return;
        seen.add(key);
        findings.push(finding);
      },
      figures: (field) => parseFigures(field.text),
    };
    rule.check(context);
  }
  const sheetOrder = new Map(model.sheets.map((s, i) => [s.name, i]));
  return findings.sort(compareFindings(sheetOrder));
}
