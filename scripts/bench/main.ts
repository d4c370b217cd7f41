/**
 * `npm run bench`: how long Taizhang takes on ledgers of 1,000, 10,000 and 50,000 items, in one
 * process so the figures compare, against the floor any checker pays (reading the file).
 *
 *   npm run bench                                   # the full set (several minutes)
 *   npm run bench -- --sizes 1000,10000 --runs 3    # a quick run
 *   options: --sizes N,N  --layouts lianshui,shanting  --runs N  --out FILE  --keep
 *
 * For each layout and size it writes runs + 1 generated ledgers (each with its own seed, so each
 * holds other texts: a result remembered from the warm-up or an earlier run cannot be reused), runs
 * the file path on the first to warm up and on the others for the timings (medians), the Office
 * host in the Excel simulator, and the real CLI in a child process for its peak memory. It prints a
 * table, the ratios, which acceptance bounds of issues #7 and #25 hold, and writes everything as JSON.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { localIsoDate } from "../../src/core/clock";
import { CheckOptions } from "../../src/core/check";
import { loadCorpus, projectRoot } from "./corpus";
import { AS_OF, GeneratedLedger, LAYOUTS, Layout, generateLedger } from "./generate";
import {
  CliResult,
  CompareRuns,
  OfficeResult,
  RunResult,
  hasGc,
  median,
  runCli,
  runFilePath,
  runOffice,
  compareRuns,
  timeCompare,
  timeEngine,
} from "./measure";
import { Stage, profileEngine } from "./profile";
import { seedOf } from "./random";

const DEFAULT_SIZES = [1000, 10000, 50000];
const DEFAULT_RUNS = 5;
/** The sizes whose engine times the growth bound compares: time(50,000) ÷ time(10,000). */
const GROWTH_SIZES = [10000, 50000] as const;
const FOUR_MB = 4 * 1024 * 1024;
const PEAK_RSS_LIMIT_MIB = 1.5 * 1024;

interface Options {
  sizes: number[];
  layouts: Layout[];
  runs: number;
  out: string;
  keep: boolean;
  profile: boolean;
}

interface Result {
  layout: Layout;
  items: number;
  /** Items the engine found in the file (the same as `items` when it read the table right). */
  itemsFound: number;
  findings: number;
  fileBytes: number;
  rows: number;
  counties: number;
  /** Medians over the timed runs, in milliseconds. */
  readMs: number;
  engineMs: number;
  writeMs: number;
  /** The column plans alone, within writeMs. */
  planMs: number;
  /** Every text cell normalised and read for figures once: the least the engine's parsers cost. */
  textsOnceMs: number;
  engineOverRead: number;
  textsOnceOverRead: number;
  /** engine ÷ read of each timed run (read and engine run back to back: steadier on a busy machine). */
  runRatios: number[];
  /** The 1-minute load average when the size started and when its timed runs ended. */
  load: [number, number];
  runs: RunTimes[];
  warmUp: RunTimes;
  office: OfficeResult;
  cli: CliResult;
  /** `taizhang compare` of the ledger and its next period, against one check of it. */
  compare: CompareRuns;
  generator: Pick<GeneratedLedger, "columns" | "defects" | "distinctFallbacks"> & {
    secondsPerFile: number;
  };
  /** Where the engine's time went, at the largest size only. */
  profile?: Stage[];
}

type RunTimes = Pick<RunResult, "readMs" | "engineMs" | "writeMs">;

interface Check {
  bound: string;
  holds: boolean | null;
  detail: string;
}

// ---------------------------------------------------------------------------------------------

function parseOptions(root: string): Options {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      layouts: { type: "string" },
      runs: { type: "string" },
      out: { type: "string" },
      keep: { type: "boolean", default: false },
      "skip-profile": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      "npm run bench -- [--sizes 1000,10000,50000] [--layouts lianshui,shanting] [--runs 5] [--out FILE] [--keep] [--skip-profile]\n"
    );
    process.exit(0);
  }
  const list = (text: string | undefined): string[] | undefined =>
    text
      ?.split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  const sizes = (list(values.sizes) ?? DEFAULT_SIZES.map(String)).map((s) => {
    const n = Number(s.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--sizes: ${s} is no number of items`);
    return n;
  });
  const layouts = (list(values.layouts) ?? [...LAYOUTS]).map((l) => {
    if (!(LAYOUTS as readonly string[]).includes(l))
      throw new Error(`--layouts: ${l} is none of ${LAYOUTS.join(", ")}`);
    return l as Layout;
  });
  const runs = values.runs === undefined ? DEFAULT_RUNS : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: ${values.runs} is no number of runs`);
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    layouts,
    runs,
    out: resolve(values.out ?? join(root, "build", "bench", "results.json")),
    keep: values.keep,
    profile: !values["skip-profile"],
  };
}

const thousands = (n: number): string => n.toLocaleString("en-US");
const fixed = (n: number, digits: number): string => n.toFixed(digits);
const ms = (n: number): string => (n >= 100 ? thousands(Math.round(n)) : n.toFixed(1));
const kb = (bytes: number): string => thousands(Math.round(bytes / 1024));

function log(text: string): void {
  process.stdout.write(text + "\n");
}

/**
 * A hash of the files under some folders: the engine's sources as measured (the working tree may
 * differ from the commit), and lib/ (the CLI the child processes run), to notice a rebuild mid-run.
 */
function fingerprint(root: string, dirs: string[], pattern: RegExp): string {
  const hash = createHash("sha1");
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(entry)) hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return hash.digest("hex").slice(0, 12);
}

const sourceFingerprint = (root: string): string =>
  fingerprint(root, ["src/core", "src/hosts", "src/cli"], /\.tsx?$/);
const libFingerprint = (root: string): string => fingerprint(root, ["lib"], /\.js$/);

function gitCommit(root: string): string | null {
  const git = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" });
  return git.status === 0 ? git.stdout.trim() : null;
}

function table(headers: string[], rows: string[][], rightFrom: number): string {
  const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c]))));
  const line = (cells: string[]): string =>
    cells
      .map((cell, c) => (c >= rightFrom ? padStart(cell, widths[c]) : padEnd(cell, widths[c])))
      .join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffef]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (text: string, w: number): string => text + " ".repeat(Math.max(0, w - width(text)));
const padStart = (text: string, w: number): string =>
  " ".repeat(Math.max(0, w - width(text))) + text;

// ---------------------------------------------------------------------------------------------

function checkOptionsFor(layout: Layout): CheckOptions {
  return { today: localIsoDate(new Date()), asOf: AS_OF[layout], lang: "zh" };
}

/**
 * Measures one size of one layout. Its first timed file is handed to `keep` (and not removed) when
 * the size is one the growth bound compares, for the runs of the two sizes in turn at the end.
 */
async function measure(
  layout: Layout,
  items: number,
  options: Options,
  dir: string,
  root: string,
  corpus: ReturnType<typeof loadCorpus>,
  keep: (file: GeneratedLedger) => void
): Promise<Result> {
  const label = `${layout} ${thousands(items)}`;
  const loadBefore = loadavg()[0];
  const started = process.hrtime.bigint();
  const files: GeneratedLedger[] = [];
  for (let variant = 0; variant <= options.runs; variant++) {
    files.push(
      await generateLedger(layout, items, variant, dir, corpus, seedOf(layout, items, variant))
    );
  }
  const genSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(
    `  ${label}: ${files.length} files generated (${fixed(files[1].bytes / 1048576, 1)} MB each) in ${fixed(genSeconds, 1)} s; measuring`
  );
  const checkOptions = checkOptionsFor(layout);
  const timed = (r: RunResult): RunTimes => ({
    readMs: r.readMs,
    engineMs: r.engineMs,
    writeMs: r.writeMs,
  });
  const warmUp = await runFilePath(files[0].path, files[0].fileName, checkOptions);
  const runs: RunResult[] = [];
  for (const file of files.slice(1))
    runs.push(await runFilePath(file.path, file.fileName, checkOptions));
  const readMs = median(runs.map((r) => r.readMs));
  const engineMs = median(runs.map((r) => r.engineMs));
  const writeMs = median(runs.map((r) => r.writeMs));
  const planMs = median(runs.map((r) => r.planMs));
  const textsOnceMs = median(runs.map((r) => r.textsOnceMs));
  const loadAfter = loadavg()[0];
  log(
    `  ${label}: read ${ms(readMs)} ms, engine ${ms(engineMs)} ms, write ${ms(writeMs)} ms (medians of ${runs.length}; load ${fixed(loadBefore, 1)} → ${fixed(loadAfter, 1)})`
  );
  const compare = compareRuns(
    files.slice(1).map((file) => timeCompare(file.path, file.fileName, checkOptions))
  );
  log(
    `  ${label}: compare with its next period ${ms(compare.compareMs)} ms = ${fixed(compare.ratio, 2)} × one check (${ms(compare.checkMs)} ms; medians of ${compare.ratios.length}, runs ${compare.ratios.map((r) => fixed(r, 2)).join(" ")}), ${thousands(compare.pairs)} items paired`
  );
  const office = await runOffice(files[1].path, files[1].fileName, checkOptions);
  log(
    `  ${label}: simulator ${office.syncs} syncs (read ${office.readRequests}, write ${office.writeRequests}), largest request ${kb(office.maxRequestBytes)} KB`
  );
  const cli = runCli(
    root,
    files[1].path,
    join(dir, `${layout}-${items}.台账助手.xlsx`),
    AS_OF[layout]
  );
  log(
    `  ${label}: CLI fill ${fixed(cli.seconds, 1)} s, peak RSS ${cli.peakRssMiB === null ? "?" : thousands(Math.round(cli.peakRssMiB))} MiB, exit ${cli.exitCode}` +
      (cli.exitCode === 0 || cli.exitCode === 1 ? "" : `: ${cli.stderr.split("\n")[0]}`)
  );
  let profile: Stage[] | undefined;
  if (options.profile && items === Math.max(...options.sizes)) {
    const extra = await generateLedger(
      layout,
      items,
      options.runs + 1,
      dir,
      corpus,
      seedOf(layout, items, options.runs + 1)
    );
    profile = profileEngine(extra.path, extra.fileName, checkOptions);
    files.push(extra);
  }
  const growthFile = (GROWTH_SIZES as readonly number[]).includes(items) ? files[1] : null;
  if (growthFile) keep(growthFile);
  if (!options.keep)
    for (const file of files) if (file !== growthFile) rmSync(file.path, { force: true });
  rmSync(join(dir, `${layout}-${items}.台账助手.xlsx`), { force: true });
  const sample = files[1];
  return {
    layout,
    items,
    itemsFound: runs[0].items,
    findings: runs[0].findings,
    fileBytes: sample.bytes,
    rows: sample.rows,
    counties: sample.counties,
    readMs,
    engineMs,
    writeMs,
    planMs,
    textsOnceMs,
    engineOverRead: engineMs / readMs,
    textsOnceOverRead: textsOnceMs / readMs,
    runRatios: runs.map((r) => r.engineMs / r.readMs),
    load: [loadBefore, loadAfter],
    runs: runs.map(timed),
    warmUp: timed(warmUp),
    office,
    cli,
    compare,
    generator: {
      columns: sample.columns,
      defects: sample.defects,
      distinctFallbacks: sample.distinctFallbacks,
      secondsPerFile: genSeconds / (options.runs + 1),
    },
    ...(profile ? { profile } : {}),
  };
}

function resultTable(results: Result[]): string {
  const headers = [
    "layout",
    "items",
    "file MB",
    "read ms",
    "engine ms",
    "write ms",
    "engine÷read",
    "syncs (bound)",
    "max req KB",
    "max resp KB",
    "1-cell fmt calls",
    "CLI RSS MiB",
    "CLI s",
  ];
  const rows = results.map((r) => [
    r.layout,
    thousands(r.items) + (r.itemsFound === r.items ? "" : ` (found ${thousands(r.itemsFound)})`),
    fixed(r.fileBytes / 1048576, 1),
    ms(r.readMs),
    ms(r.engineMs),
    ms(r.writeMs),
    fixed(r.engineOverRead, 2),
    `${r.office.syncs} (${r.office.syncBound})`,
    kb(r.office.maxRequestBytes),
    kb(r.office.maxResponseBytes),
    String(r.office.singleCellFormatCalls + r.office.perCellFormatValues),
    r.cli.peakRssMiB === null ? "?" : thousands(Math.round(r.cli.peakRssMiB)),
    fixed(r.cli.seconds, 1),
  ]);
  return table(headers, rows, 1);
}

interface Growth {
  /** Medians of the engine's times on the two sizes' files, runs taken in turn. */
  smallMs: number;
  largeMs: number;
  /** The median over the pairs of time(large) ÷ time(small), each pair run back to back. */
  growth: number;
  pairs: number;
}

/**
 * time(50,000) ÷ time(10,000) of the engine from runs of the two sizes taken in turn. The sizes' own
 * measurements lie minutes apart, and a shared machine's speed drifts by more than the bound allows
 * over that time: in one run reading, which is linear, took 7.6 × as long at 50,000 items.
 */
function interleavedGrowth(
  layout: Layout,
  small: GeneratedLedger,
  large: GeneratedLedger,
  pairs: number
): Growth {
  const checkOptions = checkOptionsFor(layout);
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    smallMs.push(timeEngine(small.path, small.fileName, checkOptions));
    largeMs.push(timeEngine(large.path, large.fileName, checkOptions));
  }
  return {
    smallMs: median(smallMs),
    largeMs: median(largeMs),
    growth: median(largeMs.map((ms, pair) => ms / smallMs[pair])),
    pairs,
  };
}

function ratios(
  results: Result[],
  options: Options,
  pairs: Partial<Record<Layout, Growth>>
): { lines: string[]; growth: Record<string, number | null> } {
  const lines: string[] = [];
  const growth: Record<string, number | null> = {};
  for (const layout of options.layouts) {
    const mine = results.filter((r) => r.layout === layout);
    lines.push(
      `engine ÷ read, ${layout}: ` +
        mine
          .map(
            (r) =>
              `${thousands(r.items)}: ${fixed(r.engineOverRead, 2)} (runs ${r.runRatios.map((x) => fixed(x, 2)).join(" ")})`
          )
          .join("   ")
    );
    lines.push(
      `every text cell read once (normalised, figures) ÷ read, ${layout}: ` +
        mine.map((r) => `${thousands(r.items)}: ${fixed(r.textsOnceOverRead, 2)}`).join("   ")
    );
  }
  for (const layout of options.layouts) {
    const at = (n: number): Result | undefined =>
      results.find((r) => r.layout === layout && r.items === n);
    const [ten, fifty] = [at(10000), at(50000)];
    if (!ten || !fifty) {
      growth[layout] = null;
      continue;
    }
    const pair = pairs[layout];
    growth[layout] = pair ? pair.growth : fifty.engineMs / ten.engineMs;
    lines.push(
      `time(50,000) ÷ time(10,000), ${layout} (5 is linear): engine ${fixed(fifty.engineMs / ten.engineMs, 2)}` +
        `   read ${fixed(fifty.readMs / ten.readMs, 2)}   write ${fixed(fifty.writeMs / ten.writeMs, 2)}`
    );
    if (pair) {
      lines.push(
        `  engine with the two sizes run in turn (pairs of runs: ${pair.pairs}): ${fixed(pair.growth, 2)}` +
          ` (${ms(pair.smallMs)} and ${ms(pair.largeMs)} ms)`
      );
    }
  }
  return { lines, growth };
}

function acceptance(
  results: Result[],
  options: Options,
  growth: Record<string, number | null>
): Check[] {
  const checks: Check[] = [];
  const all = (pick: (r: Result) => boolean, among: Result[]): boolean | null =>
    among.length === 0 ? null : among.every(pick);
  const at10k = results.filter((r) => r.items === 10000);
  checks.push({
    bound: "engine at 10,000 items ≤ ½ × reading the same file",
    holds: all((r) => r.engineMs <= r.readMs / 2, at10k),
    detail:
      at10k
        .map(
          (r) =>
            `${r.layout} ${fixed(r.engineOverRead, 2)} (every text read once alone: ${fixed(r.textsOnceOverRead, 2)})`
        )
        .join(", ") || "10,000 not measured",
  });
  checks.push({
    bound: "compare of two 10,000-item ledgers ≤ 2.5 × one check of either",
    holds: all((r) => r.compare.ratio <= 2.5, at10k),
    detail:
      at10k.map((r) => `${r.layout} ${fixed(r.compare.ratio, 2)}`).join(", ") ||
      "10,000 not measured",
  });
  const grown = options.layouts.filter((l) => growth[l] !== null && growth[l] !== undefined);
  checks.push({
    bound: "engine at 50,000 ≤ 6 × engine at 10,000 (the two sizes run in turn)",
    holds: grown.length === 0 ? null : grown.every((l) => (growth[l] ?? Infinity) <= 6),
    detail:
      grown.map((l) => `${l} ${fixed(growth[l] ?? NaN, 2)}`).join(", ") ||
      "10,000 and 50,000 not both measured",
  });
  checks.push({
    bound: "syncs for check + write ≤ 3 plus one per further payload chunk, at every size",
    holds: all(
      (r) =>
        r.office.syncs <= r.office.syncBound &&
        r.office.failedRequests === 0 &&
        r.office.status === "written",
      results
    ),
    detail: results
      .map((r) => `${r.layout} ${thousands(r.items)}: ${r.office.syncs}/${r.office.syncBound}`)
      .join(", "),
  });
  const largest = Math.max(
    0,
    ...results.map((r) => Math.max(r.office.maxRequestBytes, r.office.maxResponseBytes))
  );
  checks.push({
    bound: "every request (and response) under 4 MB",
    holds: all(
      (r) => r.office.maxRequestBytes < FOUR_MB && r.office.maxResponseBytes < FOUR_MB,
      results
    ),
    detail: `largest ${kb(largest)} KB`,
  });
  // the simulator flags any formatting call on a single cell; a call per written column (a one-row
  // header's cells) is bounded, a call per item is not: the count must not grow with the ledger
  const perCell = options.layouts.map((layout) => {
    const mine = results.filter((r) => r.layout === layout);
    const counts = mine.map((r) => r.office.singleCellFormatCalls + r.office.perCellFormatValues);
    const bounded = mine.every(
      (r) =>
        r.office.perCellFormatValues === 0 &&
        r.office.singleCellFormatCalls <= r.office.columnsWritten
    );
    return { layout, mine, counts, holds: bounded && new Set(counts).size <= 1 };
  });
  checks.push({
    bound:
      "no formatting call per cell (one-cell calls neither per item nor growing with the ledger)",
    holds: results.length === 0 ? null : perCell.every((p) => p.holds),
    detail: perCell
      .filter((p) => p.mine.length > 0)
      .map((p) => {
        const cells = [...new Set(p.mine.flatMap((r) => r.office.singleCellAddresses))];
        return (
          `${p.layout} ${p.counts.join("/")} one-cell calls` +
          (cells.length > 0
            ? ` (on ${cells.join(" ")}; the simulator's perCellFormatting flag is set)`
            : "")
        );
      })
      .join("; "),
  });
  const at50k = results.filter((r) => r.items === 50000);
  checks.push({
    bound: "CLI peak memory at 50,000 items < 1.5 GiB",
    holds: all(
      (r) =>
        r.cli.peakRssMiB !== null &&
        r.cli.peakRssMiB < PEAK_RSS_LIMIT_MIB &&
        (r.cli.exitCode === 0 || r.cli.exitCode === 1),
      at50k
    ),
    detail:
      at50k
        .map(
          (r) =>
            `${r.layout} ${r.cli.peakRssMiB === null ? "?" : thousands(Math.round(r.cli.peakRssMiB))} MiB`
        )
        .join(", ") || "50,000 not measured",
  });
  return checks;
}

async function main(): Promise<void> {
  const root = projectRoot();
  const options = parseOptions(root);
  if (!existsSync(join(root, "lib", "cli", "main.js"))) {
    throw new Error("lib/cli/main.js is missing: npm run build:cli first (npm run bench does)");
  }
  const corpus = loadCorpus();
  const dir = mkdtempSync(join(tmpdir(), "taizhang-bench-"));
  const cpu = cpus();
  const environment = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpu[0]?.model ?? "?",
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    commit: gitCommit(root),
    sources: sourceFingerprint(root),
    lib: libFingerprint(root),
    gcBetweenRuns: hasGc(),
  };
  log(
    `Taizhang benchmark — ${environment.cores} cores (${environment.cpu}), ${environment.memoryGiB} GiB, Node ${environment.node}`
  );
  log(
    `commit ${environment.commit ?? "?"}, sources ${environment.sources}; sizes ${options.sizes.map(thousands).join(", ")}; ` +
      `layouts ${options.layouts.join(", ")}; ${options.runs} timed runs after 1 warm-up, each on its own generated file`
  );
  if (!environment.gcBetweenRuns) log("(node ran without --expose-gc: no collection between runs)");
  log(`ledgers in ${dir}${options.keep ? " (kept)" : " (removed after each size)"}\n`);

  const results: Result[] = [];
  const growthFiles = new Map<Layout, GeneratedLedger[]>();
  const keep = (file: GeneratedLedger): void => {
    growthFiles.set(file.layout, [...(growthFiles.get(file.layout) ?? []), file]);
  };
  const pairs: Partial<Record<Layout, Growth>> = {};
  try {
    for (const items of options.sizes) {
      for (const layout of options.layouts)
        results.push(await measure(layout, items, options, dir, root, corpus, keep));
    }
    for (const layout of options.layouts) {
      const files = growthFiles.get(layout) ?? [];
      if (files.length < GROWTH_SIZES.length) continue;
      log(
        `  ${layout}: ${GROWTH_SIZES.map(thousands).join(" and ")} items in turn (pairs of runs: ${options.runs})`
      );
      pairs[layout] = interleavedGrowth(layout, files[0], files[1], options.runs);
    }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }

  const changed = [
    sourceFingerprint(root) !== environment.sources ? "src/" : null,
    libFingerprint(root) !== environment.lib ? "lib/ (the CLI)" : null,
  ].filter((x) => x !== null);
  if (changed.length > 0) {
    log(
      `\nwarning: ${changed.join(" and ")} changed during the run: the sizes were not all measured on the same code`
    );
  }
  log("\n" + resultTable(results) + "\n");
  const { lines, growth } = ratios(results, options, pairs);
  for (const line of lines) log(line);
  const checks = acceptance(results, options, growth);
  log("\nacceptance (issues #7 and #25):");
  for (const check of checks) {
    const mark = check.holds === null ? "n/a " : check.holds ? "PASS" : "FAIL";
    log(`  [${mark}] ${check.bound} — ${check.detail}`);
  }
  for (const r of results.filter((x) => x.profile)) {
    const stages = r.profile ?? [];
    const total = stages.filter((st) => !st.within).reduce((sum, st) => sum + st.ms, 0);
    const shown = stages.filter((st) => st.within || st.ms >= total * 0.01);
    const rest = stages.filter((st) => !st.within && st.ms < total * 0.01);
    log(
      `\nwhere the engine's time goes, ${r.layout} ${thousands(r.items)} (one more file, ${ms(total)} ms in all):`
    );
    for (const st of shown) {
      log(
        `  ${padEnd(st.stage, 32)} ${padStart(ms(st.ms), 9)} ms  ${st.within ? `(within ${st.within})` : `${padStart(fixed((st.ms / total) * 100, 1), 5)} %`}`
      );
    }
    if (rest.length > 0) {
      log(
        `  ${padEnd(`${rest.length} other rules`, 32)} ${padStart(ms(rest.reduce((a, st) => a + st.ms, 0)), 9)} ms`
      );
    }
  }
  const unmatched = results.filter((r) => r.itemsFound !== r.items);
  if (unmatched.length > 0) {
    log(
      `\nnote: the engine found another number of items than generated in ${unmatched.map((r) => `${r.layout} ${thousands(r.items)}`).join(", ")}`
    );
  }

  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(
    options.out,
    JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        environment,
        options: { sizes: options.sizes, layouts: options.layouts, runs: options.runs },
        changedDuringRun: changed,
        benchPeakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
        results,
        growthPairs: pairs,
        ratios: lines,
        acceptance: checks,
      },
      null,
      2
    ) + "\n"
  );
  log(`\nresults: ${options.out}`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  );
  process.exitCode = 2;
});
