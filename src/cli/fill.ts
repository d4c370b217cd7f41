import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { columnIndex, columnLetter } from "../core/grid";
import { checkLastPeriod } from "../core/compare/changeColumn";
import { Lang } from "../core/i18n";
import { annotateWorkbook } from "../hosts/file/annotate";
import { annotatedCopyName, copyIsConverted } from "../hosts/file/copyName";
import { FillOptions, planFill } from "../hosts/file/fill";
import { ReadFailure, describeReadFailure } from "../hosts/file/limits";
import { MissingSheetError } from "../hosts/file/package/editor";
import { NODE_CODEC, writeFileAtomically } from "../hosts/file/node";
import { CliIo, UsageError } from "./io";
import { InputFile, loadInput, readInput } from "./loadWorkbook";
import { msg } from "./messages";
import { CommonOptions } from "./options";

/** `台账.xlsx` → `台账.台账助手.xlsx` beside it: the input is never overwritten. */
export function defaultOutputPath(input: string): string {
  return join(dirname(input), annotatedCopyName(basename(input)));
}

/** The output is the input itself: the same path, or another name for it (a link, `..`). */
export function samePath(output: string, input: string): boolean {
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

/** A copy made by `write`; a package that cannot be opened for writing is one line naming the file. */
export function buildCopy(input: InputFile, lang: Lang, write: () => Uint8Array): Uint8Array {
  try {
    return write();
  } catch (error) {
    if (error instanceof ReadFailure || error instanceof MissingSheetError) {
      const reason =
        error instanceof ReadFailure ? describeReadFailure(error.reason)[lang] : error.message;
      throw new UsageError(msg(lang, "cannotRead", { file: input.name, reason }));
    }
    throw error;
  }
}

/** Writes a copy through a temporary file renamed into place; a failure is one line naming the file. */
export function saveCopy(output: string, bytes: Uint8Array, lang: Lang): void {
  try {
    writeFileAtomically(output, bytes);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? msg(lang, "folderMissing")
        : (error as Error).message;
    throw new UsageError(msg(lang, "cannotWrite", { file: output, reason }));
  }
}

/**
 * Reads, checks and plans (with last period's ledger, compared): only the plans and the counts come
 * back, so the grids and the models can be collected before the writer opens the file again (at
 * 50,000 items the two together would not fit).
 */
async function prepareFill(
  input: InputFile,
  last: InputFile | null,
  options: CommonOptions,
  fill: FillOptions
) {
  const lastPeriod = last
    ? checkLastPeriod(await readInput(last, options.lang, options.limits), fill)
    : undefined;
  const workbook = await readInput(input, options.lang, options.limits);
  const { plans, foreign, check, changes } = planFill(workbook, { ...fill, lastPeriod });
  return { plans, foreign, summary: check.report.summary, changed: changes?.length };
}

/**
 * `taizhang fill FILE [--compare LAST] [-o OUT]`: checks the file and writes the progress columns into
 * an annotated copy, through a temporary file renamed into place; with last period's ledger, the
 * 较上期 column too. Content Taizhang did not write in the target columns stops the write, naming the
 * cells and how to choose other columns. Either file unreadable, nothing is written.
 */
export async function runFill(options: CommonOptions, io: CliIo): Promise<number> {
  if (options.files.length !== 1) throw new UsageError(msg(options.lang, "fillOneFile"));
  const input = loadInput(options.files[0], options.lang, options.limits);
  const output = resolve(options.output ?? defaultOutputPath(input.path));
  if (samePath(output, input.path)) throw new UsageError(msg(options.lang, "fillSamePath"));
  const last =
    options.compare === undefined ? null : loadInput(options.compare, options.lang, options.limits);
  if (last && samePath(output, last.path)) throw new UsageError(msg(options.lang, "fillSamePath"));
  const startCol = startColumn(options.columns, options.lang);
  const { plans, foreign, summary, changed } = await prepareFill(input, last, options, {
    asOf: options.asOf,
    today: io.today(),
    lang: options.lang,
    startCol,
    ...options.rules,
  });
  if (plans.length === 0) throw new UsageError(msg(options.lang, "fillNoLedger"));
  if (foreign.length > 0) {
    const cells = foreign.map((f) => `${f.sheet}!${f.cells.slice(0, 5).join("、")}`).join("；");
    const suggestion = columnLetter(Math.max(...foreign.map((f) => f.freeCol)));
    throw new UsageError(msg(options.lang, "foreignContent", { cells, column: suggestion }));
  }
  const bytes = buildCopy(input, options.lang, () =>
    annotateWorkbook(input.bytes, input.name, plans, { limits: options.limits, codec: NODE_CODEC })
  );
  const updated = plans.length > 0 && plans.every((p) => p.columns.every((c) => c.existing));
  saveCopy(output, bytes, options.lang);
  if (copyIsConverted(input.name))
    io.stdout(msg(options.lang, "fillConverted", { file: input.name }) + "\n");
  io.stdout(
    msg(options.lang, updated ? "fillUpdated" : "fillWritten", {
      path: output,
      columns: plans.map((p) => p.columns.map((c) => c.header).join("、")).join("；"),
      items: summary.items,
      errors: summary.errors,
      warnings: summary.warnings,
    }) + "\n"
  );
  if (last && changed !== undefined)
    io.stdout(msg(options.lang, "fillCompared", { file: last.name, changed }) + "\n");
  return summary.errors > 0 ? 1 : 0;
}
