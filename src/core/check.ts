import { Workbook } from "./grid";
import { Lang } from "./i18n";
import { ModelOptions, WorkbookModel, buildWorkbookModel } from "./model/workbookModel";
import { CheckReport, buildCheckReport } from "./report/checkReport";
import { RuleOptions, runRules } from "./rules/engine";
import { ALL_RULES } from "./rules/registry";
import { Finding, Rule } from "./rules/types";

export interface CheckOptions extends ModelOptions, RuleOptions {
  lang?: Lang;
}

export interface CheckResult {
  model: WorkbookModel;
  findings: Finding[];
  report: CheckReport;
}

/** The whole engine on one workbook: detect, model, rules, report. Every front door calls this. */
export function checkWorkbook(
  workbook: Workbook,
  options: CheckOptions,
  rules: readonly Rule[] = ALL_RULES
): CheckResult {
  const model = buildWorkbookModel(workbook, options);
  const findings = runRules(model, options, rules);
  return { model, findings, report: buildCheckReport(model, findings, options.lang ?? "zh") };
}
