import { Bilingual } from "../i18n";
import { Field, Item } from "../model/items";
import { CellPos } from "../model/items";
import { WorkbookModel } from "../model/workbookModel";
import { ItemProgress, ProgressAnalysis } from "../progress/itemProgress";
import { Figure } from "../text/figures";

export type Severity = "error" | "warning" | "info";

/**
 * The codes of docs/report-format.md: a public contract, never renamed. The rules of one workbook
 * (ALL_RULES) and those comparing it with last period's (COMPARE_RULES) together have these codes.
 */
export const RULE_CODES = [
  "SUM_MISMATCH",
  "COUNT_MISMATCH",
  "PART_EXCEEDS_WHOLE",
  "BREAKDOWN_MISMATCH",
  "RATE_OUT_OF_RANGE",
  "RATE_MISMATCH",
  "FILL_SERIES_SUSPECT",
  "NUMBER_AS_TEXT",
  "TOTAL_NOT_FORMULA",
  "FORMULA_RANGE_INCOMPLETE",
  "DUPLICATE_ITEM",
  "DEADLINE_INVALID",
  "DEADLINE_OVERDUE",
  "PLAN_OUT_OF_ORDER",
  "PLAN_BEYOND_DEADLINE",
  "PLAN_MISSING_PERIOD",
  "PROGRESS_MISSING",
  "STATUS_INCONSISTENT",
  "BEHIND_SCHEDULE",
  "ITEM_UNMATCHED",
  "PROGRESS_UNCHANGED",
  "PROGRESS_REGRESSED",
  "TARGET_CHANGED",
  "DEADLINE_CHANGED",
  "INVESTMENT_CHANGED",
  "ITEM_ADDED",
  "ITEM_REMOVED",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

export interface RuleMeta {
  code: RuleCode;
  severity: Severity;
  /** One line: what the rule checks. */
  description: Bilingual;
  /** Message templates by id, with `{placeholders}`. */
  messages: Record<string, Bilingual>;
}

/** A finding as a rule reports it; the engine adds code, severity and the rendered messages. */
export interface FindingDraft {
  messageId: string;
  values?: Record<string, string | number>;
  /** The cell the finding is about (0-based). */
  at: CellPos;
  /** The item it belongs to: sets the sheet and the row span. */
  item?: Item;
  /** Without an item: the sheet and the rows (0-based, inclusive). */
  sheet?: string;
  rows?: [number, number];
  expected?: number;
  actual?: number;
}

export interface Finding {
  code: RuleCode;
  severity: Severity;
  sheet: string;
  /** 1-based sheet rows: the span of the item (merged rows included) or of the cell. */
  row: number;
  rowEnd: number;
  /** A1 address of the cell the finding is about. */
  cell: string;
  message: Bilingual;
  expected?: number;
  actual?: number;
  /** The model item the finding belongs to, if any. */
  itemIndex?: number;
}

/** Tolerances and margins the checks use; every one can be set by the caller. */
export interface RuleSettings {
  /** Absolute tolerance for sums of money columns (the table's own rounding, 0.01 万元). */
  sumTolerance: number;
  /** Relative tolerance a 约/左右 figure allows (0.05 = ±5%). */
  approxTolerance: number;
  /** How far completion may trail 序时进度 before it is 滞后 (0.1 = 10 percentage points). */
  behindMargin: number;
}

export const DEFAULT_SETTINGS: RuleSettings = {
  sumTolerance: 0.01,
  approxTolerance: 0.05,
  behindMargin: 0.1,
};

export interface RuleContext {
  model: WorkbookModel;
  settings: RuleSettings;
  report(draft: FindingDraft): void;
  /** The figures of a field's text, parsed once. */
  figures(field: Field): readonly Figure[];
  /** Every item's schedule, completion and status at the report date, and the links between tables. */
  progress: ProgressAnalysis;
  /** One item's progress. */
  progressOf(item: Item): ItemProgress;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
