import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { Workbook, columnIndex, columnLetter } from "../core/grid";
import { Lang } from "../core/i18n";
import { UnreadableWorkbookError } from "../hosts/file/annotate";
import { FillResult, fillWorkbook } from "../hosts/file/fill";
import { writeFileAtomically } from "../hosts/file/node";
import { readWorkbookBytes } from "../hosts/file/readWorkbook";
import { CliIo, UsageError } from "./io";
import { loadInput } from "./loadWorkbook";
import { msg } from "./messages";
import { CommonOptions } from "./options";

/** `台账.xlsx` → `台账.台账助手.xlsx` beside it: the input is never overwritten. */
export function defaultOutputPath(input: string): string {
  const name = basename(input).replace(/\.(xlsx|xlsm|xls|csv|txt)$/i, "");
  return join(dirname(input), `${name}.台账助手.xlsx`);
}

/** The output is the input itself: the same path, or another name for it (a link, `..`). */
function samePath(output: string, input: string): boolean {
  if (resolve(output) === resolve(input)) return true;
  try {
    const real = existsSync(output)
      ? realpathSync(output)
      : join(realpathSync(dirname(output)), basename(output));
    return real === realpathSync(input);
  } catch {
    return false;
  }
}

function startColumn(letters: string | undefined, lang: Lang): number | undefined {
  if (letters === undefined) return undefined;
  if (!/^[A-Za-z]{1,3}$/.test(letters))
    throw new UsageError(msg(lang, "badColumn", { value: letters }));
  return columnIndex(letters);
}

/**
 * `taizhang fill FILE [-o OUT]`: checks the file and writes the progress columns into an annotated
 * copy, through a temporary file renamed into place. Content Taizhang did not write in the target
 * columns stops the write, naming the cells and how to choose other columns.
 */
export async function runFill(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.files.length !== 1) throw new UsageError(msg(options.lang, "fillOneFile"));
  const input = loadInput(options.files[0], options.lang);
  const output = resolve(options.output ?? defaultOutputPath(input.path));
  if (samePath(output, input.path)) throw new UsageError(msg(options.lang, "fillSamePath"));
  const startCol = startColumn(options.columns, options.lang);
  const unreadable = (reason: string): UsageError =>
    new UsageError(msg(options.lang, "cannotRead", { file: input.name, reason }));
  let workbook: Workbook;
  try {
    workbook = readWorkbookBytes(input.bytes, input.name);
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  let result: FillResult;
  try {
    result = await fillWorkbook(
      input.bytes,
      input.name,
      {
        asOf: options.asOf,
        today: io.today(),
        lang: options.lang,
        startCol,
        ...options.rules,
      },
      workbook
    );
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw unreadable(error.message);
    throw error;
  }
  if (result.bytes === null) {
    const cells = result.foreign
      .map((f) => `${f.sheet}!${f.cells.slice(0, 5).join("、")}`)
      .join("；");
    const suggestion = columnLetter(Math.max(...result.foreign.map((f) => f.freeCol)));
    throw new UsageError(msg(options.lang, "foreignContent", { cells, column: suggestion }));
  }
  const updated =
    result.plans.length > 0 && result.plans.every((p) => p.columns.every((c) => c.existing));
  try {
    writeFileAtomically(output, result.bytes);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? msg(options.lang, "folderMissing")
        : (error as Error).message;
    throw new UsageError(msg(options.lang, "cannotWrite", { file: output, reason }));
  }
  const { summary } = result.check.report;
  io.stdout(
    msg(options.lang, updated ? "fillUpdated" : "fillWritten", {
      path: output,
      columns: result.plans.map((p) => p.columns.map((c) => c.header).join("、")).join("；"),
      items: summary.items,
      errors: summary.errors,
      warnings: summary.warnings,
    }) + "\n"
  );
  return summary.errors > 0 ? 1 : 0;
}
