import { CheckOptions, checkWorkbook } from "../core/check";
import { checkLastPeriod } from "../core/compare/changeColumn";
import { compareChecks } from "../core/compare/compare";
import { CompareReport } from "../core/compare/compareReport";
import { buildWorkbookModel } from "../core/model/workbookModel";
import { CheckReport } from "../core/report/checkReport";
import { InspectReport, buildInspectReport } from "../core/report/inspectReport";
import { UsageError } from "./io";
import { runFill } from "./fill";
import { runNext } from "./next";
import { loadWorkbook } from "./loadWorkbook";
import { CommonOptions } from "./options";

/** The part of a command that reads a file: what runs in a worker, apart from the terminal. */
export type Job =
  | { command: "check" | "inspect"; file: string; options: CommonOptions; today: string }
  | { command: "fill" | "next"; file: string; options: CommonOptions; today: string }
  | { command: "compare"; last: string; file: string; options: CommonOptions; today: string };

/** What a job hands back, as plain data (it crosses from the worker). */
export type JobResult =
  | { kind: "check"; report: CheckReport }
  | { kind: "inspect"; report: InspectReport }
  | { kind: "fill" | "next"; code: number; stdout: string }
  | { kind: "compare"; report: CheckReport; compare: CompareReport }
  | { kind: "refused"; message: string };

/** Runs one job where it is called; a file the user must fix comes back as `refused`, not thrown. */
export async function runJob(job: Job): Promise<JobResult> {
  const { options, today } = job;
  try {
    if (job.command === "fill" || job.command === "next") {
      let stdout = "";
      const io = {
        stdout: (t: string) => (stdout += t),
        stderr: () => undefined,
        today: () => today,
        isTty: false,
      };
      const code = await (job.command === "fill" ? runFill : runNext)(options, io);
      return { kind: job.command, code, stdout };
    }
    const checkOptions: CheckOptions = {
      asOf: options.asOf,
      today,
      lang: options.lang,
      ...options.rules,
    };
    if (job.command === "compare") {
      // each file is read within the limits as check reads it
      const last = checkLastPeriod(
        await loadWorkbook(job.last, options.lang, options.limits),
        checkOptions
      );
      const current = checkWorkbook(
        await loadWorkbook(job.file, options.lang, options.limits),
        checkOptions
      );
      const { report } = compareChecks(last, current, { lang: options.lang, ...options.rules });
      return { kind: "compare", report: current.report, compare: report };
    }
    const workbook = await loadWorkbook(job.file, options.lang, options.limits);
    if (job.command === "check") {
      const { report } = checkWorkbook(workbook, checkOptions);
      return { kind: "check", report };
    }
    const model = buildWorkbookModel(workbook, { asOf: options.asOf, today });
    return { kind: "inspect", report: buildInspectReport(model) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: "refused", message: error.message };
    throw error;
  }
}
