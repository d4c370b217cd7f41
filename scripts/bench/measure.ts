/**
 * The measurements, each on a file the generator wrote:
 * - one run of the file path: read (bytes → grids), engine (detect, model, progress, rules, report),
 *   write (column plans → annotated copy), timed apart, and every text cell read once (the part of
 *   the engine's work no checker of figures can skip);
 * - the Office host in the Excel simulator: check and write back, counting requests and bytes;
 * - the real CLI in a child process, for its peak memory.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CheckOptions, checkWorkbook } from "../../src/core/check";
import { compareChecks } from "../../src/core/compare/compare";
import { Workbook } from "../../src/core/grid/grid";
import { parseFigures } from "../../src/core/text/figures";
import { withTextMemory } from "../../src/core/text/memo";
import { normalizeText } from "../../src/core/text/normalize";
import { buildColumnPlan, foreignContent } from "../../src/core/report/columnPlan";
import { annotateWorkbook } from "../../src/hosts/file/annotate";
import { NODE_CODEC } from "../../src/hosts/file/node";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbook";
import { checkSheet } from "../../src/hosts/office/check";
import { writeBack } from "../../src/hosts/office/write";
import { createExcelSimulator } from "../../test/excelSimulator";

export interface RunTimes {
  readMs: number;
  engineMs: number;
  writeMs: number;
}

export interface RunResult extends RunTimes {
  /** The column plans alone (part of writeMs; the rest is the package writer editing the copy). */
  planMs: number;
  /** Every text cell normalised and read for figures once, timed apart from the engine. */
  textsOnceMs: number;
  /** Items the engine found (over every table): should be the items generated. */
  items: number;
  findings: number;
  /** The annotated copy's size, or null when foreign content stopped the write. */
  annotatedBytes: number | null;
}

/** What rssProbe.ts writes to the CLI's stderr before the peak RSS in kilobytes. */
const MAX_RSS_MARKER = "TAIZHANG_BENCH_MAXRSS_KB=";

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Collects garbage left by earlier work, so a collection it owes does not land in a timing. */
export function collectGarbage(): void {
  gc?.();
}

export const hasGc = (): boolean => gc !== undefined;

function elapsedMs(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6;
}

function fileBytes(path: string): Uint8Array {
  const buffer = readFileSync(path);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Read, engine and write of one file, as `taizhang fill` does them, timed apart. */
export async function runFilePath(
  path: string,
  name: string,
  options: CheckOptions
): Promise<RunResult> {
  const bytes = fileBytes(path); // from disk: outside the timings
  collectGarbage();
  let started = process.hrtime.bigint();
  const workbook = readWorkbookBytes(bytes, name);
  const readMs = elapsedMs(started);

  started = process.hrtime.bigint();
  const check = checkWorkbook(workbook, options);
  const engineMs = elapsedMs(started);

  started = process.hrtime.bigint();
  const tables = check.model.tables.filter((t) => t.items.length > 0);
  const plans = tables.map((t) =>
    buildColumnPlan(t, check.progress.items, check.findings, { lang: options.lang })
  );
  const foreign = plans.flatMap((plan) => {
    const grid = check.model.sheets.find((s) => s.name === plan.sheet);
    return grid ? foreignContent(plan, grid) : [];
  });
  const planMs = elapsedMs(started);
  const annotated =
    foreign.length === 0 ? annotateWorkbook(bytes, name, plans, { codec: NODE_CODEC }) : null;
  const writeMs = elapsedMs(started);
  const textsOnceMs = readEveryTextOnce(workbook);

  return {
    readMs,
    engineMs,
    writeMs,
    planMs,
    textsOnceMs,
    items: check.model.tables.reduce((sum, t) => sum + t.items.length, 0),
    findings: check.findings.length,
    annotatedBytes: annotated ? annotated.byteLength : null,
  };
}

/** The engine alone on one file: the read comes first, outside the timing. */
export function timeEngine(path: string, name: string, options: CheckOptions): number {
  const workbook = readWorkbookBytes(fileBytes(path), name);
  collectGarbage();
  const started = process.hrtime.bigint();
  checkWorkbook(workbook, options);
  return elapsedMs(started);
}

/**
 * Next period's ledger as staff would make it, in the model: every seventh row's texts reworded
 * (a name matched by likeness, a progress text no longer last period's) and the rest left alone.
 */
function nextPeriodOf(workbook: Workbook): Workbook {
  for (const grid of workbook.sheets)
    grid.cells.forEach((row, r) => {
      if (r % 7 !== 3) return;
      for (const cell of row) if (cell && typeof cell.value === "string") cell.value += "（续）";
    });
  return workbook;
}

export interface CompareTimes {
  /** One check of this period's ledger. */
  checkMs: number;
  /** `taizhang compare`'s work: both ledgers checked, then matched and compared. */
  compareMs: number;
  pairs: number;
}

/** Compare ÷ check over several files: the median of the ratios, each ratio from one file's own pair of timings. */
export interface CompareRuns {
  ratio: number;
  ratios: number[];
  /** Medians of the runs' timings. */
  checkMs: number;
  compareMs: number;
  pairs: number;
}

export function compareRuns(runs: readonly CompareTimes[]): CompareRuns {
  const ratios = runs.map((r) => r.compareMs / r.checkMs);
  return {
    ratio: median(ratios),
    ratios,
    checkMs: median(runs.map((r) => r.checkMs)),
    compareMs: median(runs.map((r) => r.compareMs)),
    pairs: runs[0]?.pairs ?? 0,
  };
}

/** A ledger compared with its next period (read outside the timings), against one check of it. */
export function timeCompare(path: string, name: string, options: CheckOptions): CompareTimes {
  const bytes = fileBytes(path);
  const last = readWorkbookBytes(bytes, name);
  const current = nextPeriodOf(readWorkbookBytes(bytes, name));
  collectGarbage();
  let started = process.hrtime.bigint();
  checkWorkbook(current, options);
  const checkMs = elapsedMs(started);
  collectGarbage();
  started = process.hrtime.bigint();
  const result = compareChecks(checkWorkbook(last, options), checkWorkbook(current, options), {
    lang: options.lang,
  });
  const compareMs = elapsedMs(started);
  return { checkMs, compareMs, pairs: result.matching.pairs.length };
}

/**
 * Every text cell of the workbook normalised and read for figures once, in milliseconds: what the
 * engine's text parsers cost at the least, before any plan, completion, table or rule is read. It
 * overstates a little (names and leads are read too, though no rule asks for their figures).
 */
function readEveryTextOnce(workbook: Workbook): number {
  collectGarbage();
  const started = process.hrtime.bigint();
  withTextMemory(() => {
    for (const grid of workbook.sheets)
      for (const row of grid.cells)
        for (const cell of row)
          if (typeof cell?.value === "string") parseFigures(normalizeText(cell.value));
  });
  return elapsedMs(started);
}

export interface OfficeResult {
  /** Requests (context.sync) for the check and the write together. */
  syncs: number;
  /** Requests the read of the sheet took (one, plus one per further slice of rows). */
  readRequests: number;
  /** Requests the write took (one per payload chunk). */
  writeRequests: number;
  /** The bound: 3 (read, prior read, write) plus one per further chunk of either. */
  syncBound: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Whether any request formatted cells one by one (the simulator's flag: either count below). */
  perCellFormatting: boolean;
  /** Formatting calls whose target was a single cell, and the first of those cells. */
  singleCellFormatCalls: number;
  singleCellAddresses: string[];
  /** Cells given formats one by one inside a single call (setCellProperties, 2D formats). */
  perCellFormatValues: number;
  /** The columns the write added (the plan's output columns). */
  columnsWritten: number;
  /** Requests holding formatting calls. */
  formattingRequests: number;
  failedRequests: number;
  status: string;
}

/** The Office host over the same sheet in the Excel simulator: check, then write back. */
export async function runOffice(
  path: string,
  name: string,
  options: CheckOptions
): Promise<OfficeResult> {
  const workbook = readWorkbookBytes(fileBytes(path), name);
  const sim = createExcelSimulator(workbook, { apiVersion: "1.18" });
  const restore = sim.install(globalThis);
  try {
    const checked = await sim.run((context) => checkSheet(context, options));
    const outcome = await sim.run((context) => writeBack(context, checked));
    const { stats } = sim;
    const writeRequests = outcome.status === "written" ? outcome.requests : 0;
    return {
      syncs: stats.syncs,
      readRequests: checked.snapshot.requests,
      writeRequests,
      syncBound: 3 + (checked.snapshot.requests - 1) + Math.max(0, writeRequests - 1),
      maxRequestBytes: stats.maxRequestBytes,
      maxResponseBytes: stats.maxResponseBytes,
      perCellFormatting: stats.requests.some((r) => r.perCellFormatting),
      singleCellFormatCalls: stats.requests.reduce((sum, r) => sum + r.singleCellFormatCalls, 0),
      singleCellAddresses: [
        ...new Set(stats.requests.flatMap((r) => r.singleCellFormatAddresses)),
      ].slice(0, 12),
      perCellFormatValues: stats.requests.reduce((sum, r) => sum + r.perCellFormatValues, 0),
      columnsWritten: outcome.status === "written" ? outcome.columns.length : 0,
      formattingRequests: stats.requests.filter((r) => r.formatCalls > 0).length,
      failedRequests: stats.requests.filter((r) => r.error !== undefined).length,
      status: outcome.status,
    };
  } finally {
    restore();
  }
}

export interface CliResult {
  /** Peak resident set size of the whole CLI process, in MiB. */
  peakRssMiB: number | null;
  seconds: number;
  exitCode: number | null;
  stderr: string;
}

/** `node bin/taizhang.js fill FILE -o OUT --as-of DATE` in a child process, with its peak memory. */
export function runCli(root: string, path: string, output: string, asOf: string): CliResult {
  const probe = join(__dirname, "rssProbe.js");
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    [
      "--require",
      probe,
      join(root, "bin", "taizhang.js"),
      "fill",
      path,
      "-o",
      output,
      "--as-of",
      asOf,
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } }
  );
  const seconds = elapsedMs(started) / 1000;
  const stderr = child.stderr ?? "";
  const match = stderr.match(new RegExp(`${MAX_RSS_MARKER}(\\d+)`));
  return {
    peakRssMiB: match ? Number(match[1]) / 1024 : null,
    seconds,
    exitCode: child.status,
    stderr: stderr.replace(new RegExp(`\\n?${MAX_RSS_MARKER}\\d+\\n?`), "").trim(),
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
