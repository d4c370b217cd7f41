import { Workbook } from "./grid";
import { Lang } from "./i18n";
import { ModelOptions, WorkbookModel, buildWorkbookModel } from "./model/workbookModel";
import { CheckReport, buildCheckReport } from "./report/checkReport";
import { ProgressAnalysis, analyzeProgress } from "./progress/itemProgress";
import { RuleOptions, resolveSettings, runRules } from "./rules/engine";
import { ALL_RULES } from "./rules/registry";
import { Finding, Rule } from "./rules/types";
import { withTextMemory } from "./text/memo";

export interface CheckOptions extends ModelOptions, RuleOptions {
  lang?: Lang;
}

export interface CheckResult {
  model: WorkbookModel;
  progress: ProgressAnalysis;
  findings: Finding[];
  report: CheckReport;
}

/**
 * The whole engine on one workbook: detect, model, rules, report. Every front door calls this. Each
 * cell's text is parsed once for the whole check, however many rules read it.
 */
export function checkWorkbook(
  workbook: Workbook,
  options: CheckOptions,
  rules: readonly Rule[] = ALL_RULES
): CheckResult {
  return withTextMemory(() => {
    const model = buildWorkbookModel(workbook, options);
    const progress = analyzeProgress(model, resolveSettings(options).behindMargin);
    const findings = runRules(model, options, rules, progress);
    return {
      model,
      progress,
      findings,
      report: buildCheckReport(model, progress, findings, options.lang ?? "zh"),
    };
  });
}
