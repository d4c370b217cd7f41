import { CheckReport } from "../core/report/checkReport";
import { InspectReport } from "../core/report/inspectReport";
import { CliIo, UsageError, processIo } from "./io";
import { formatCheckText } from "./check";
import { CompareOutput, formatCompareOutput } from "./compare";
import { formatInspectText } from "./inspect";
import { runJobInWorker } from "./isolate";
import { Job, JobResult, runJob } from "./jobs";
import { msg } from "./messages";
import { CommonOptions, parseOptions } from "./options";

const EXIT_OK = 0;
const EXIT_ERRORS_FOUND = 1;
const EXIT_UNREADABLE = 2;

/** Runs the part of a command that reads one file, where the io says (a worker, or here). */
async function fileJob<K extends JobResult["kind"]>(
  io: CliIo,
  job: Job,
  kind: K
): Promise<Extract<JobResult, { kind: K }>> {
  const result = await (io.runJob ?? runJob)(job);
  if (result.kind === "refused") throw new UsageError(result.message);
  if (result.kind !== kind) throw new Error(`expected a ${kind} result, got ${result.kind}`);
  return result as Extract<JobResult, { kind: K }>;
}

/**
 * `taizhang check`: one report per file. A file that cannot be read gets its one-line message on
 * stderr and exit code 2; with several files the readable ones are still reported.
 */
async function runCheck(options: CommonOptions, io: CliIo): Promise<number> {
  const reports: CheckReport[] = [];
  let unreadable = false;
  for (const file of options.files) {
    try {
      const job: Job = { command: "check", file, options, today: io.today() };
      reports.push((await fileJob(io, job, "check")).report);
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

async function runInspect(options: CommonOptions, io: CliIo): Promise<number> {
  const reports: InspectReport[] = [];
  for (const file of options.files) {
    const job: Job = { command: "inspect", file, options, today: io.today() };
    reports.push((await fileJob(io, job, "inspect")).report);
  }
  if (options.format === "json") {
    io.stdout(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + "\n");
  } else {
    io.stdout(reports.map((r) => formatInspectText(r, options.lang)).join("\n"));
  }
  return EXIT_OK;
}

/** Runs a command that writes a copy of one file, printing what it wrote. */
async function runCopyJob(
  command: "fill" | "next",
  options: CommonOptions,
  io: CliIo
): Promise<number> {
  const job: Job = { command, file: options.files[0], options, today: io.today() };
  const { code, stdout } = await fileJob(io, job, command);
  io.stdout(stdout);
  return code;
}

/**
 * `taizhang compare LAST THIS`: this period's check report and the comparison with last period's.
 * Exit codes as check: 1 when either holds an error.
 */
async function runCompare(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.files.length !== 2) throw new UsageError(msg(options.lang, "compareTwoFiles"));
  const [last, file] = options.files;
  const job: Job = { command: "compare", last, file, options, today: io.today() };
  const { report, compare } = await fileJob(io, job, "compare");
  const output: CompareOutput = { ...report, compare };
  if (options.format === "json") io.stdout(JSON.stringify(output, null, 2) + "\n");
  else io.stdout(formatCompareOutput(output, options.lang, io.isTty));
  return report.summary.errors + compare.summary.errors > 0 ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/** Every command, by the name typed: the one place they are defined. */
const COMMANDS: Record<string, (options: CommonOptions, io: CliIo) => Promise<number>> = {
  check: runCheck,
  compare: runCompare,
  fill: (options, io) => runCopyJob("fill", options, io),
  inspect: runInspect,
  next: (options, io) => runCopyJob("next", options, io),
};

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
    const command = Object.hasOwn(COMMANDS, options.command) ? COMMANDS[options.command] : null;
    if (!command)
      throw new UsageError(
        msg(lang, "unknownCommand", {
          command: options.command,
          commands: Object.keys(COMMANDS).join(lang === "en" ? ", " : "、"),
        })
      );
    return await command(options, io);
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
  void run(argv, processIo(runJobInWorker)).then((code) => {
    process.exitCode = code;
  });
}
