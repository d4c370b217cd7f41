import { parseFigures } from "../../text/figures";
import { bigramDice, bigramsOf } from "../../text/bigrams";
import { ledgerYear, quote, sameFigures, withDatesMasked } from "../texts";
import { CompareRule } from "../types";

/** How alike two progress texts are once their dates are masked; 0 when their figures differ. */
export function progressSimilarity(last: string, current: string, year: number): number {
  if (last === current) return 1;
  const before = withDatesMasked(last, year);
  const now = withDatesMasked(current, year);
  if (before === now) return 1;
  // a figure of the work that moved is progress reported, however alike the words
  if (!sameFigures(parseFigures(before), parseFigures(now))) return 0;
  return bigramDice(bigramsOf(before), bigramsOf(now));
}

export const progressUnchangedRule: CompareRule = {
  meta: {
    code: "PROGRESS_UNCHANGED",
    severity: "warning",
    description: {
      zh: "未完成事项的推进情况与上期相同或几乎相同（照搬上月）",
      en: "An unfinished item's progress text is the same as last period's, or nearly",
    },
    messages: {
      unchanged: {
        zh: "与上期推进情况相同（相似度 {similarity}%）：上期为「{last}」",
        en: 'Progress is the same as last period\'s ({similarity}% alike): last period said "{last}"',
      },
      note: { zh: "推进情况与上期相同", en: "progress as last period" },
    },
  },
  check(context) {
    const year = ledgerYear(context.current.model);
    for (const { lastProgress, currentProgress } of context.pairs) {
      if (currentProgress.status === "已完成" || currentProgress.sheetStatus === "已完成") continue;
      const before = lastProgress.item.fields.progress;
      const now = currentProgress.item.fields.progress;
      // an empty cell this period is PROGRESS_MISSING's, not a copy
      if (!before || !now || before.text.trim() === "" || now.text.trim() === "") continue;
      const similarity = progressSimilarity(before.text, now.text, year);
      if (similarity < context.settings.unchangedSimilarity) continue;
      context.report({
        messageId: "unchanged",
        noteId: "note",
        values: { similarity: Math.floor(similarity * 100), last: quote(before.text) },
        at: now.cell,
        item: currentProgress.item,
      });
    }
  },
};
