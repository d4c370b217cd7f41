import { CheckResult } from "../check";
import { Bilingual } from "../i18n";
import { ItemProgress } from "../progress/itemProgress";
import { FindingDraft, RuleMeta } from "../rules/types";
import { ItemPair, Matching } from "./match";

/** Margins of the comparison; every one can be set by the caller. */
export interface CompareSettings {
  /** How far completion may fall before it has regressed (0.005 = half a percentage point). */
  regressionTolerance: number;
  /** From this similarity of two progress texts (dates masked) one is a copy of the other. */
  unchangedSimilarity: number;
}

export const DEFAULT_COMPARE_SETTINGS: CompareSettings = {
  regressionTolerance: 0.005,
  unchangedSimilarity: 0.9,
};

/** A pair of one item each, with what the engine read of each period's progress. */
export interface ProgressPair extends ItemPair {
  lastProgress: ItemProgress;
  currentProgress: ItemProgress;
}

/** A comparison finding as a rule reports it: a finding draft, and the short note for 较上期. */
export interface CompareDraft extends FindingDraft {
  /** The message (of the rule's) written in the item's 较上期 cell, filled with the same values. */
  noteId?: string;
}

export interface CompareContext {
  last: CheckResult;
  current: CheckResult;
  matching: Matching;
  /** The pairs of one item each (not the parts of a split or merge), with both periods' progress. */
  pairs: ProgressPair[];
  settings: CompareSettings;
  report(draft: CompareDraft): void;
}

export interface CompareRule {
  meta: RuleMeta;
  check(context: CompareContext): void;
}

/** What changed for one item of this period, in the words of its 较上期 cell. */
export type ChangeNotes = Map<number, Bilingual[]>;
