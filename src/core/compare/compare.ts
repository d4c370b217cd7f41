import { CheckResult } from "../check";
import { Bilingual, Lang, fillTemplate } from "../i18n";
import { formatPlainNumber } from "../grid";
import { Item } from "../model/items";
import { RuleOptions, compareFindings, severityUnder, toFinding } from "../rules/engine";
import { percent } from "../rules/progressFindings";
import { Finding } from "../rules/types";
import { CompareReport, buildCompareReport } from "./compareReport";
import { Matching, matchLedgers } from "./match";
import { COMPARE_RULES } from "./rules/registry";
import {
  ChangeNotes,
  CompareContext,
  CompareRule,
  CompareSettings,
  DEFAULT_COMPARE_SETTINGS,
  ProgressPair,
} from "./types";
import { itemName } from "./texts";

export interface CompareOptions extends Pick<RuleOptions, "rules" | "only"> {
  lang?: Lang;
  settings?: Partial<CompareSettings>;
}

export interface CompareResult {
  matching: Matching;
  findings: Finding[];
  /** Per this period's item (by its index): what changed, in the words of its 较上期 cell. */
  notes: ChangeNotes;
  report: CompareReport;
}

/** The notes of 较上期 that no rule reports: a completion that moved, a split, a merge, a doubt. */
const NOTES = {
  completionUp: { zh: "完成率 +{points} 个百分点", en: "completion +{points} points" },
  completionDown: { zh: "完成率 -{points} 个百分点", en: "completion -{points} points" },
  split: { zh: "由上期「{name}」拆分", en: 'split from last period\'s "{name}"' },
  merged: { zh: "由上期「{names}」合并", en: 'merged from last period\'s "{names}"' },
  uncertain: { zh: "与上期事项对应不确定", en: "unclear which item of last period it is" },
} satisfies Record<string, Bilingual>;

/** A completion this close to last period's has not moved (a tenth of a percentage point). */
const UNMOVED = 0.001;

function note(template: Bilingual, values: Record<string, string | number>): Bilingual {
  return { zh: fillTemplate(template.zh, values), en: fillTemplate(template.en, values) };
}

function addNote(notes: ChangeNotes, item: Item, text: Bilingual): void {
  const list = notes.get(item.index);
  if (list) list.push(text);
  else notes.set(item.index, [text]);
}

/** The pairs of one item each, with both periods' progress. */
function progressPairs(
  last: CheckResult,
  current: CheckResult,
  matching: Matching
): ProgressPair[] {
  return matching.pairs
    .filter((p) => p.basis !== "split" && p.basis !== "merged")
    .map((p) => ({
      ...p,
      lastProgress: last.progress.items[p.last.index],
      currentProgress: current.progress.items[p.current.index],
    }));
}

/** The notes every pair gets apart from the rules': how completion moved, what it was split from. */
function pairNotes(pairs: ProgressPair[], matching: Matching, notes: ChangeNotes): void {
  for (const { lastProgress, currentProgress } of pairs) {
    const before = lastProgress.completion.completion;
    const now = currentProgress.completion.completion;
    if (before === null || now === null || Math.abs(now - before) < UNMOVED) continue;
    const points = formatPlainNumber(Math.abs(percent(now) - percent(before)));
    const template = now > before ? NOTES.completionUp : NOTES.completionDown;
    addNote(notes, currentProgress.item, note(template, { points }));
  }
  const mergedFrom = new Map<Item, Item[]>();
  for (const pair of matching.pairs) {
    if (pair.basis === "split")
      addNote(notes, pair.current, note(NOTES.split, { name: itemName(pair.last) }));
    if (pair.basis === "merged")
      mergedFrom.set(pair.current, [...(mergedFrom.get(pair.current) ?? []), pair.last]);
  }
  for (const [item, parts] of mergedFrom)
    addNote(notes, item, note(NOTES.merged, { names: parts.map(itemName).join("」「") }));
  for (const doubt of matching.uncertain)
    if (doubt.period === "current") addNote(notes, doubt.item, note(NOTES.uncertain, {}));
}

/**
 * Last period's ledger against this period's, both as `checkWorkbook` returns them: the items
 * matched, the changes a reviewer looks at first as findings (each at this period's cell, quoting
 * last period's value), the 较上期 notes per item and the report.
 */
export function compareChecks(
  last: CheckResult,
  current: CheckResult,
  options: CompareOptions = {},
  rules: readonly CompareRule[] = COMPARE_RULES
): CompareResult {
  const matching = matchLedgers(last.model, current.model);
  const pairs = progressPairs(last, current, matching);
  const settings = { ...DEFAULT_COMPARE_SETTINGS, ...options.settings };
  const findings: Finding[] = [];
  const removed: Finding[] = [];
  const notes: ChangeNotes = new Map();
  for (const rule of rules) {
    const severity = severityUnder(rule.meta, options);
    if (severity === null) continue;
    const context: CompareContext = {
      last,
      current,
      matching,
      pairs,
      settings,
      report(draft) {
        const finding = toFinding(rule.meta, severity, draft);
        delete finding.itemIndex;
        (rule.meta.code === "ITEM_REMOVED" ? removed : findings).push(finding);
        const template = draft.noteId ? rule.meta.messages[draft.noteId] : undefined;
        if (template && draft.item) addNote(notes, draft.item, note(template, draft.values ?? {}));
      },
    };
    rule.check(context);
  }
  pairNotes(pairs, matching, notes);
  const order = (model: CheckResult["model"]): Map<string, number> =>
    new Map(model.sheets.map((s, i) => [s.name, i]));
  // last period's items come after this period's findings: their rows are last period's
  const sorted = [
    ...findings.sort(compareFindings(order(current.model))),
    ...removed.sort(compareFindings(order(last.model))),
  ];
  const lang = options.lang ?? "zh";
  return {
    matching,
    findings: sorted,
    notes,
    report: buildCompareReport(last, current, matching, sorted, notes, lang),
  };
}
