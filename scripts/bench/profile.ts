/**
 * Where the engine's time goes, stage by stage, on one more generated file (never seen before in
 * the process): table detection with the model, progress, each rule in the
 * registry's order, the report. Rules share the text memo, so a rule reading a field first pays
 * for parsing it; the order is the real one, so the figures add up to a real run.
 */
import { readFileSync } from "node:fs";
import { CheckOptions } from "../../src/core/check";
import { buildWorkbookModel } from "../../src/core/model/workbookModel";
import { analyzeProgress } from "../../src/core/progress/itemProgress";
import { buildCheckReport } from "../../src/core/report/checkReport";
import { resolveSettings, runRules } from "../../src/core/rules/engine";
import { ALL_RULES } from "../../src/core/rules/registry";
import { withTextMemory } from "../../src/core/text/memo";
import { Finding } from "../../src/core/rules/types";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbook";
import { collectGarbage } from "./measure";

export interface Stage {
  stage: string;
  ms: number;
  /** A stage measured apart that another one includes (not to be added to the total). */
  within?: string;
}

function time<T>(stages: Stage[], stage: string, work: () => T): T {
  const started = process.hrtime.bigint();
  const result = work();
  stages.push({ stage, ms: Number(process.hrtime.bigint() - started) / 1e6 });
  return result;
}

export function profileEngine(path: string, name: string, options: CheckOptions): Stage[] {
  const buffer = readFileSync(path);
  const workbook = readWorkbookBytes(
    new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    name
  );
  const stages: Stage[] = [];
  collectGarbage();
  // As in checkWorkbook: one text memory for the whole check.
  withTextMemory(() => {
    const model = time(stages, "detect + model", () => buildWorkbookModel(workbook, options));
    const progress = time(stages, "progress", () =>
      analyzeProgress(model, resolveSettings(options).behindMargin)
    );
    const findings: Finding[] = [];
    for (const rule of ALL_RULES) {
      findings.push(
        ...time(stages, `rule ${rule.meta.code}`, () => runRules(model, options, [rule], progress))
      );
    }
    time(stages, "report", () => buildCheckReport(model, progress, findings, options.lang ?? "zh"));
  });
  return stages;
}
