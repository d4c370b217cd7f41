import { behindScheduleRule } from "./behindSchedule";
import { deadlineInvalidRule } from "./deadlineInvalid";
import { deadlineOverdueRule } from "./deadlineOverdue";
import { itemUnmatchedRule } from "./itemUnmatched";
import { planBeyondDeadlineRule } from "./planBeyondDeadline";
import { planMissingPeriodRule } from "./planMissingPeriod";
import { planOutOfOrderRule } from "./planOutOfOrder";
import { progressMissingRule } from "./progressMissing";
import { statusInconsistentRule } from "./statusInconsistent";
import { breakdownMismatchRule } from "./breakdownMismatch";
import { countMismatchRule } from "./countMismatch";
import { duplicateItemRule } from "./duplicateItem";
import { fillSeriesSuspectRule } from "./fillSeriesSuspect";
import { formulaRangeIncompleteRule } from "./formulaRangeIncomplete";
import { numberAsTextRule } from "./numberAsText";
import { partExceedsWholeRule } from "./partExceedsWhole";
import { rateMismatchRule } from "./rateMismatch";
import { rateOutOfRangeRule } from "./rateOutOfRange";
import { sumMismatchRule } from "./sumMismatch";
import { totalNotFormulaRule } from "./totalNotFormula";
import { Rule } from "./types";

/** Every rule the engine runs, in the order of report-format.md. */
export const ALL_RULES: readonly Rule[] = [
  sumMismatchRule,
  countMismatchRule,
  partExceedsWholeRule,
  breakdownMismatchRule,
  rateOutOfRangeRule,
  rateMismatchRule,
  fillSeriesSuspectRule,
  numberAsTextRule,
  totalNotFormulaRule,
  formulaRangeIncompleteRule,
  duplicateItemRule,
  deadlineInvalidRule,
  deadlineOverdueRule,
  planOutOfOrderRule,
  planBeyondDeadlineRule,
  planMissingPeriodRule,
  progressMissingRule,
  statusInconsistentRule,
  behindScheduleRule,
  itemUnmatchedRule,
];
