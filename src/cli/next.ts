import { basename, dirname, join, resolve } from "node:path";
import { Lang } from "../core/i18n";
import { NextPlan } from "../core/next/plan";
import { ReportPeriod, parsePeriodOption, periodLabel } from "../core/next/period";
import { copyIsConverted, nextPeriodCopyName } from "../hosts/file/copyName";
import { NODE_CODEC } from "../hosts/file/node";
import { planNextFile, writeNextPeriod } from "../hosts/file/next";
import { buildCopy, samePath, saveCopy } from "./fill";
import { CliIo, UsageError } from "./io";
import { InputFile, loadInput, readInput } from "./loadWorkbook";
import { msg } from "./messages";
import { CommonOptions } from "./options";

function periodOption(text: string | undefined, lang: Lang): ReportPeriod | undefined {
  if (text === undefined) return undefined;
  const period = parsePeriodOption(text);
  if (period === null) throw new UsageError(msg(lang, "badPeriod", { value: text }));
  return period;
}

/** Reads, checks and plans; only the plan comes back, so the grids can go before the writer opens the file. */
async function prepareNext(
  input: InputFile,
  options: CommonOptions,
  today: string,
  period: ReportPeriod | undefined
): Promise<{ plan: NextPlan; tables: number }> {
  const workbook = await readInput(input, options.lang, options.limits);
  const { check, plan } = planNextFile(workbook, {
    asOf: options.asOf,
    today,
    lang: options.lang,
    period,
    ...options.rules,
  });
  return { plan, tables: check.model.tables.filter((t) => t.items.length > 0).length };
}

/** What the copy came to, in lines: the periods, the words moved, the cells emptied, the columns removed. */
function summaryLines(plan: NextPlan, lang: Lang): string[] {
  const lines: string[] = [];
  if (plan.from === null) lines.push(msg(lang, "nextNoPeriod"));
  else if (plan.moved.length > 0) {
    const cells = plan.moved.map((m) => `${m.cell}「${m.before}」→「${m.after}」`);
    lines.push(msg(lang, "nextMoved", { cells: cells.join(lang === "en" ? "; " : "；") }));
  }
  if (plan.withoutProgress > 0)
    lines.push(msg(lang, "nextNoProgress", { tables: plan.withoutProgress }));
  const cells = plan.sheets.reduce((n, s) => n + s.notes.length, 0);
  if (cells > 0) lines.push(msg(lang, "nextCleared", { emptied: plan.emptied, cells }));
  if (plan.carried > 0) lines.push(msg(lang, "nextCarried", { carried: plan.carried }));
  const removed = plan.sheets.flatMap((s) => s.removed.map((c) => c.header));
  if (removed.length > 0)
    lines.push(msg(lang, "nextRemoved", { columns: [...new Set(removed)].join("、") }));
  return lines;
}

/**
 * `taizhang next FILE [--period 2025-04] [-o OUT]`: a copy of the ledger for the next period, beside
 * the input as `FILE.2025-04.xlsx` unless `-o` says where, through a temporary file renamed into place.
 */
export async function runNext(options: CommonOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  if (options.files.length !== 1) throw new UsageError(msg(lang, "nextOneFile"));
  const period = periodOption(options.period, lang);
  const input = loadInput(options.files[0], lang, options.limits);
  const { plan, tables } = await prepareNext(input, options, io.today(), period);
  if (tables === 0) throw new UsageError(msg(lang, "fillNoLedger"));
  const label = periodLabel(plan.to);
  const output = resolve(
    options.output ?? join(dirname(input.path), nextPeriodCopyName(basename(input.path), label))
  );
  if (samePath(output, input.path)) throw new UsageError(msg(lang, "fillSamePath"));
  const bytes = buildCopy(input, lang, () =>
    writeNextPeriod(input.bytes, input.name, plan, { limits: options.limits, codec: NODE_CODEC })
  );
  saveCopy(output, bytes, lang);
  if (copyIsConverted(input.name))
    io.stdout(msg(lang, "fillConverted", { file: input.name }) + "\n");
  const from = plan.from ? periodLabel(plan.from) : "—";
  const lines = [
    msg(lang, "nextWritten", { path: output, from, to: label }),
    ...summaryLines(plan, lang),
  ];
  io.stdout(lines.join("\n") + "\n");
  return 0;
}
