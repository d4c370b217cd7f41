import { NextPlan } from "./plan";
import { movePeriodWords, periodLabel } from "./period";

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

/** `stem` cut to fit with `suffix` after it; Excel refuses a name that ends with an apostrophe. */
function fitted(stem: string, suffix: string): string {
  return stem.slice(0, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "") + suffix;
}

/**
 * The name of the worksheet a copy for the next period goes into, beside the one it copies: the
 * sheet's name with its period words moved on (`一季度台账` → `二季度台账`), else with the new period
 * after it (`推进情况（2023-07）`); then ` (2)`, ` (3)`… while a sheet of the workbook has that name
 * (Excel's names ignore case), and never longer than Excel's 31 characters.
 */
export function nextSheetName(
  source: string,
  plan: Pick<NextPlan, "from" | "to">,
  planYear: number,
  taken: readonly string[]
): string {
  const moved = plan.from
    ? movePeriodWords(source, { from: plan.from, to: plan.to }, planYear)
    : source;
  const [stem, suffix] = moved === source ? [source, `（${periodLabel(plan.to)}）`] : [moved, ""];
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let name = fitted(stem, suffix);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = fitted(stem, `${suffix} (${n})`);
  return name;
}
