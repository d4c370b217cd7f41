import { checkWorkbook } from "../core/check";
import { buildWorkbookModel } from "../core/model/workbookModel";
import { CheckReport } from "../core/report/checkReport";
import { buildInspectReport } from "../core/report/inspectReport";
import { CliIo, UsageError, processIo } from "./io";
import { formatCheckText } from "./check";
import { runFill } from "./fill";
import { formatInspectText } from "./inspect";
import { loadWorkbook } from "./loadWorkbook";
import { msg } from "./messages";
import { CommonOptions, parseOptions } from "./options";

const EXIT_OK = 0;
const EXIT_ERRORS_FOUND = 1;
const EXIT_UNREADABLE = 2;

/**
 * `taizhang check`: one report per file. A file that cannot be read gets its one-line message on
 * stderr and exit code 2; with several files the readable ones are still reported.
 */
function runCheck(options: CommonOptions, io: CliIo): number {
  const reports: CheckReport[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      const workbook = loadWorkbook(file, options.lang);
      const { report } = checkWorkbook(workbook, {
        asOf: options.asOf,
        today: io.today(),
        lang: options.lang,
        ...options.rules,
      });
      reports.push(report);
    } catch (error) {
      if (!(error instanceof UsageError) || options.files.length === 1) throw error;
      io.stderr(`taizhang: ${error.message}\n`);
      unreadable = true;
    }
  }
  if (options.format === "json") {
    io.stdout(JSON.stringify(options.files.length === 1 ? reports[0] : reports, null, 2) + "\n");
  } else {
    io.stdout(reports.map((r) => formatCheckText(r, options.lang, io.isTty)).join("\n"));
  }
  if (unreadable) return EXIT_UNREADABLE;
  return reports.some((r) => r.summary.errors > 0) ? EXIT_ERRORS_FOUND : EXIT_OK;
}

function runInspect(options: CommonOptions, io: CliIo): number {
  const reports = options.files.map((file) => {
    const workbook = loadWorkbook(file, options.lang);
    const model = buildWorkbookModel(workbook, { asOf: options.asOf, today: io.today() });
    return buildInspectReport(model);
  });
  if (options.format === "json") {
    io.stdout(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n");
  } else {
    io.stdout(reports.map((r) => formatInspectText(r, options.lang)).join("\n"));
  }
  return EXIT_OK;
}

/** Runs one command line; resolves to the exit code. Never rejects for user errors. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let lang: "zh" | "en" = "zh";
  try {
    const options = parseOptions(argv);
    lang = options.lang;
    if (options.help || options.command === null) {
      io.stdout(msg(lang, "usage"));
      return options.help ? EXIT_OK : EXIT_UNREADABLE;
    }
    if (options.files.length === 0) throw new UsageError(msg(lang, "noFiles"));
    switch (options.command) {
      case "check":
        return runCheck(options, io);
      case "inspect":
        return runInspect(options, io);
      case "fill":
        return await runFill(options, io);
      default:
        throw new UsageError(msg(lang, "unknownCommand", { command: options.command }));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`taizhang: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
    io.stderr(
      `taizhang: ${lang === "en" ? "internal error" : "内部错误"}: ${error instanceof Error ? error.message : String(error)}\n`
    );
    return EXIT_UNREADABLE;
  }
}

export function main(argv: string[]): void {
  void run(argv, processIo()).then((code) => {
    process.exitCode = code;
  });
}
