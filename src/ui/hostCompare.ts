import type { CompareReport } from "../core/compare/compareReport";
import type { LastPeriodComparison } from "../hosts/file/compareFile";
import { HostError } from "./host";
import { t } from "./strings";

/**
 * The report of a comparison with last period's file, or the HostError that says what was wrong
 * with the file (named) and what to do: the same words in the task pane and on the web page.
 */
export function comparisonReport(outcome: LastPeriodComparison, file: string): CompareReport {
  switch (outcome.status) {
    case "compared":
      return outcome.report;
    case "unsupported":
      throw new HostError({
        zh: t("zh", "compareUnsupported", { file }),
        en: t("en", "compareUnsupported", { file }),
      });
    case "noLedger":
      throw new HostError({
        zh: t("zh", "compareNoLedger", { file }),
        en: t("en", "compareNoLedger", { file }),
      });
    case "unreadable":
      throw new HostError({
        zh: t("zh", "compareUnreadable", { file, reason: outcome.reason.zh }),
        en: t("en", "compareUnreadable", { file, reason: outcome.reason.en }),
      });
  }
}
