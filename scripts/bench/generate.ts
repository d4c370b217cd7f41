/**
 * Generated ledgers for the benchmark, in two of the five workbooks' layouts, written as real .xlsx
 * files (merges, borders, wrapped text, column widths) with ExcelJS's streaming writer.
 *
 * - lianshui: a merged title, a two-row header with the funding group, a typed totals row
 *   项目（合计：N个）, 项目类别 merged down over its projects, then 序号, 项目名称, 任务明细, 项目类型, six
 *   investment columns, 进度计划 by quarter, 责任单位, 协办单位.
 * - shanting: a merged title, one header row, 序号 and 目标任务 merged down over their 具体项目内容
 *   rows, 责任单位 (merged where consecutive rows share it), 进展情况 with figures, 存在问题, 4月份计划.
 *
 * A ledger of N items is a province's consolidation of county ledgers of about fifty items each,
 * every county under a generated name. The text is the workbooks' wording (catalog.ts, corpus.ts)
 * with figures drawn at random (seeded, so a run is reproducible): targets and the quarterly plans
 * that break them down (parts that add up, some running totals, a few that do not add up),
 * progress figures against the targets, funding whose sources add up to the total (a few that do
 * not). Every name, task, plan, progress and next-month cell is a different string: a memo keyed by
 * cell text finds nothing to reuse from one cell to another.
 */
import ExcelJS from "exceljs";
import { statSync } from "node:fs";
import { Corpus, SOURCE_PLACES } from "./corpus";
import {
  LIANSHUI_THEMES,
  PARTNERS,
  PLACE_SYLLABLES,
  PROBLEMS,
  PROJECT_TYPES,
  SHANTING_THEMES,
  THEMES,
  TaskSpec,
  Theme,
  ThemeKey,
} from "./catalog";
import { Random } from "./random";

export type Layout = "lianshui" | "shanting";
export const LAYOUTS: readonly Layout[] = ["lianshui", "shanting"];

/** The report date each layout is checked at (lianshui's plan year; shanting's title says 一季度). */
export const AS_OF: Record<Layout, string> = {
  lianshui: "2024-09-30",
  shanting: "2025-03-31",
};

/** How often the realistic defects occur. */
const RATES = {
  /** A funding source mistyped: the sources no longer add up to 项目计划总投资. */
  fundingMismatch: 0.01,
  /** A quarterly share mistyped: the quarters no longer add up to the target. */
  breakdownMismatch: 0.02,
  /** A project entered twice (the same name on another row). */
  duplicateName: 0.0005,
  /** Progress beyond the target (46户 of 38户). */
  progressBeyondTarget: 0.03,
  /** Figures written with scanning spaces (`13 万 m ²`, `2023 年`). */
  scanSpacing: 0.04,
};

export interface ColumnStats {
  header: string;
  cells: number;
  distinct: number;
  /** Mean length (characters) of the generated cells. */
  meanLength: number;
  /** Mean length of the same column in the real workbook, where the generator imitates it. */
  realMeanLength?: number;
}

export interface GeneratedLedger {
  layout: Layout;
  items: number;
  variant: number;
  path: string;
  fileName: string;
  bytes: number;
  rows: number;
  counties: number;
  seconds: number;
  columns: ColumnStats[];
  defects: Record<string, number>;
  /** Cells that needed a place added to be distinct after 20 draws. */
  distinctFallbacks: number;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const CN_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 12 → 十二, 35 → 三十五 (category numbers). */
function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return "十" + (n % 10 === 0 ? "" : CN_DIGITS[n % 10]);
  if (n < 100)
    return CN_DIGITS[Math.floor(n / 10)] + "十" + (n % 10 === 0 ? "" : CN_DIGITS[n % 10]);
  return String(n);
}

const QUARTERS = ["一季度", "二季度", "三季度", "四季度"];

/** A figure as the workbooks write it: plain, or in 万 for round large ones (1.9万). */
function formatFigure(n: number, wan: boolean): string {
  if (wan && n >= 10000 && n % 1000 === 0) return `${n / 10000}万`;
  return String(n);
}

/** A target drawn between min and max, rounded the way targets are (30, 86, 405, 2800, 19000). */
function drawTarget(rng: Random, spec: TaskSpec): number {
  const v = rng.logUniform(spec.min, spec.max);
  if (v < 20) return Math.max(1, Math.round(v));
  if (v < 200) return rng.chance(0.5) ? Math.max(5, Math.round(v / 5) * 5) : Math.round(v);
  const step = rng.weighted<number>([
    [1, 0.15],
    [10, 0.45],
    [100, 0.3],
    [1000, v >= 10000 ? 0.3 : 0],
  ]);
  return Math.max(step, Math.round(v / step) * step);
}

/** Splits a whole into parts over the chosen slots, each a whole number, adding up exactly. */
function split(rng: Random, whole: number, slots: number): number[] {
  const weights = Array.from({ length: slots }, () => 0.2 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((whole * w) / sum));
  const unit = whole >= 1000 ? 50 : whole >= 100 ? 5 : 1;
  for (let i = 0; i < parts.length; i++) parts[i] = Math.floor(parts[i] / unit) * unit;
  let rest = whole - parts.reduce((a, b) => a + b, 0);
  for (let i = parts.length - 1; rest > 0; i = (i + parts.length - 1) % parts.length) {
    const add = Math.min(rest, unit);
    parts[i] += add;
    rest -= add;
  }
  return parts;
}

function scanSpaced(text: string): string {
  return text.replace(/(\d+(?:\.\d+)?)/g, " $1 ").replace(/ {2,}/g, " ");
}

// ---------------------------------------------------------------------------------------------
// Places

class Places {
  private readonly counties = new Set<string>();

  constructor(private readonly rng: Random) {}

  private stem(): string {
    const a = this.rng.pick([...PLACE_SYLLABLES]);
    let b = this.rng.pick([...PLACE_SYLLABLES]);
    while (b === a) b = this.rng.pick([...PLACE_SYLLABLES]);
    return a + b;
  }

  /** A county, district or county-level city name not used before in this ledger. */
  county(): string {
    for (;;) {
      const name =
        this.stem() +
        this.rng.weighted<string>([
          ["县", 0.6],
          ["区", 0.3],
          ["市", 0.1],
        ]);
      if (!this.counties.has(name)) {
        this.counties.add(name);
        return name;
      }
    }
  }

  town(): string {
    return (
      this.stem() +
      this.rng.weighted<string>([
        ["镇", 0.7],
        ["街道", 0.2],
        ["乡", 0.1],
      ])
    );
  }

  village(): string {
    return this.stem() + this.rng.pick(["村", "社区", "小区"]);
  }
}

interface Context {
  rng: Random;
  places: Places;
  corpus: Corpus;
  county: string;
  year: number;
}

/** Fills `{county}`, `{town}`, `{village}`, `{year}` and renames the workbooks' own places. */
function place(text: string, ctx: Context): string {
  return text
    .replace(/\{county\}/g, ctx.county)
    .replace(/\{town\}/g, () => ctx.places.town())
    .replace(/\{village\}/g, () => ctx.places.village())
    .replace(/\{year\}/g, String(ctx.year))
    .replace(SOURCE_PLACES, ctx.county);
}

function withFigure(template: string, n: number, wan: boolean, ctx: Context): string {
  return place(template.replace("{n}", formatFigure(n, wan)), ctx);
}

/** A length to pad a cell to, drawn from the lengths of the real column it imitates. */
function drawLength(rng: Random, real: number[]): number {
  return Math.round(rng.pick(real) * (0.8 + 0.3 * rng.next()));
}

/** Adds clauses from the pool until the sentences reach the length (or a few were added). */
function padSentences(sentences: string[], length: number, pool: string[], ctx: Context): string[] {
  const out = [...sentences];
  let total = out.join("。").length;
  for (let i = 0; i < 12; i++) {
    const clause = place(ctx.rng.pick(pool), ctx);
    // a clause goes in while the cell ends nearer the length with it than without it
    if (out.length > 0 && total + clause.length / 2 >= length) break;
    if (ctx.rng.chance(0.3) && out.length > 0) out.unshift(clause);
    else out.push(clause);
    total += clause.length + 1;
  }
  return out;
}

/** Sentences padded to a length drawn from the real column, joined, and sometimes scan-spaced. */
function paddedCell(
  sentences: string[],
  lengths: number[],
  pool: string[],
  separator: string,
  ctx: Context
): string {
  const padded = padSentences(sentences, drawLength(ctx.rng, lengths), pool, ctx);
  const text = padded.join(separator) + "。";
  return ctx.rng.chance(RATES.scanSpacing) ? scanSpaced(text) : text;
}

/** Draws a cell until it is one no other cell of the ledger holds. */
class Distinct {
  private readonly seen = new Set<string>();
  fallbacks = 0;

  take(make: () => string, qualify: () => string): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const text = make();
      if (!this.seen.has(text)) {
        this.seen.add(text);
        return text;
      }
    }
    this.fallbacks++;
    let text = make();
    while (this.seen.has(text)) text = `${text}（${qualify()}）`;
    this.seen.add(text);
    return text;
  }
}

// ---------------------------------------------------------------------------------------------
// The .xlsx writer

type Value = string | number | null;

const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: "宋体", size: 10 };
const STYLES = {
  title: {
    font: { name: "方正小标宋简体", size: 16, bold: true },
    alignment: { horizontal: "center", vertical: "middle" },
  },
  header: {
    font: { ...FONT, bold: true },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border: BORDER,
  },
  text: { font: FONT, alignment: { vertical: "middle", wrapText: true }, border: BORDER },
  center: {
    font: FONT,
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border: BORDER,
  },
  number: { font: FONT, alignment: { horizontal: "right", vertical: "middle" }, border: BORDER },
} as const satisfies Record<string, Partial<ExcelJS.Style>>;

type StyleName = keyof typeof STYLES;

/** Rows go out block by block: a block's merges are made before its rows are committed. */
class SheetWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private next = 1;
  private pending: ExcelJS.Row[] = [];
  readonly columns: { texts: number; distinct: Set<string>; length: number }[];

  constructor(path: string, sheetName: string, widths: number[]) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: path,
      useStyles: true,
      useSharedStrings: true,
    });
    this.sheet = this.workbook.addWorksheet(sheetName);
    this.sheet.columns = widths.map((width) => ({ width }));
    this.columns = widths.map(() => ({ texts: 0, distinct: new Set<string>(), length: 0 }));
  }

  /** Adds a row (1-based row number returned); `styles` per cell, by name. */
  row(values: Value[], styles: StyleName[], data = true): number {
    const row = this.sheet.getRow(this.next);
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1);
      if (value !== null) cell.value = value;
      cell.style = STYLES[styles[c]] as Partial<ExcelJS.Style>;
      if (data && typeof value === "string") {
        const stats = this.columns[c];
        stats.texts++;
        stats.length += value.length;
        stats.distinct.add(value);
      }
    });
    this.pending.push(row);
    return this.next++;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.sheet.mergeCells(top, left, bottom, right);
  }

  /** Commits the rows added so far (their merges must be made). */
  flush(): void {
    for (const row of this.pending) row.commit();
    this.pending = [];
  }

  get rowCount(): number {
    return this.next - 1;
  }

  async close(): Promise<void> {
    this.flush();
    this.sheet.commit();
    await this.workbook.commit();
  }
}

function columnStats(
  writer: SheetWriter,
  headers: string[],
  real: Partial<Record<string, number[]>>
): ColumnStats[] {
  return writer.columns.map((c, i) => {
    const realLengths = real[headers[i]];
    return {
      header: headers[i],
      cells: c.texts,
      distinct: c.distinct.size,
      meanLength: c.texts > 0 ? Math.round((c.length / c.texts) * 10) / 10 : 0,
      ...(realLengths
        ? {
            realMeanLength:
              Math.round((realLengths.reduce((a, b) => a + b, 0) / realLengths.length) * 10) / 10,
          }
        : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// lianshui

const LIANSHUI_HEADERS = [
  "项目类别",
  "序号",
  "项目名称",
  "任务明细",
  "项目类型",
  "项目计划总投资",
  "2024年计划投资",
  "上级补助",
  "县财政统筹",
  "社会资本",
  "自筹资金",
  "进度计划",
  "责任单位",
  "协办单位",
];
const LIANSHUI_WIDTHS = [10, 6, 16, 40, 10, 10, 10, 8, 8, 8, 8, 60, 10, 12];
const LIANSHUI_STYLES: StyleName[] = [
  "center",
  "center",
  "text",
  "text",
  "center",
  "number",
  "number",
  "number",
  "number",
  "number",
  "number",
  "text",
  "center",
  "center",
];

/** Milestones lianshui's plans name without a figure. */
const MILESTONES = [
  "完成前期手续办理",
  "开工建设",
  "主体完工",
  "竣工验收",
  "迎接上级部门验收",
  "完成项目招标",
  "进场施工",
  "总结评估",
];

interface Funding {
  /** In tenths of 万元: 项目计划总投资, 2024年计划投资, then the four sources (null: empty). */
  tenths: (number | null)[];
}

function drawFunding(ctx: Context, defects: Record<string, number>): Funding {
  const { rng } = ctx;
  const model = rng.pick(ctx.corpus.funding);
  let total = Math.round(model.total * rng.logUniform(0.4, 2.5) * 10);
  if (rng.chance(0.85)) total = Math.max(10, Math.round(total / 10) * 10);
  const shares = model.sources.map((s) => (s === null ? null : s / model.total));
  const open = shares.flatMap((s, i) => (s === null ? [] : [i]));
  const sources: (number | null)[] = [null, null, null, null];
  const whole = total % 10 === 0 ? 10 : 5;
  let assigned = 0;
  open.forEach((i, k) => {
    if (k === open.length - 1) {
      sources[i] = total - assigned;
    } else {
      const part =
        Math.round((total * (shares[i] ?? 0) * (0.8 + 0.4 * rng.next())) / whole) * whole;
      sources[i] = part;
      assigned += part;
    }
  });
  if (open.length === 0 || sources.some((s) => s !== null && s <= 0)) {
    sources.fill(null);
    sources[1] = total;
  }
  if (rng.chance(RATES.fundingMismatch)) {
    const i = sources.findIndex((s) => s !== null);
    sources[i] = (sources[i] ?? 0) + rng.pick([-1, 1]) * rng.int(1, 40) * 10;
    if ((sources[i] ?? 0) <= 0) sources[i] = (sources[i] ?? 0) + 800;
    defects.fundingMismatch++;
  }
  const yearly = rng.chance(0.95)
    ? total
    : Math.round((total * (0.4 + 0.5 * rng.next())) / 10) * 10;
  return { tenths: [total, yearly, ...sources] };
}

interface PlannedTask {
  spec: TaskSpec;
  target: number;
  /** Per quarter slot: the figure the plan names then, or null. */
  parts: (number | null)[];
  cumulative: boolean;
  /** One share was mistyped: the parts do not add up to the target. */
  mismatch: boolean;
}

/** How a target is broken down over the plan's quarters. */
function planTask(ctx: Context, spec: TaskSpec, slots: number): PlannedTask {
  const { rng } = ctx;
  const target = drawTarget(rng, spec);
  const mode = rng.weighted<"split" | "cumulative" | "single">([
    ["split", 0.7],
    ["cumulative", 0.2],
    ["single", 0.1],
  ]);
  let parts: (number | null)[];
  let mismatch = false;
  if (mode === "single" || slots === 1 || target < slots) {
    parts = Array.from({ length: slots }, (_, i) => (i === slots - 1 ? target : null));
  } else if (mode === "cumulative") {
    const steps = split(rng, target, slots);
    let running = 0;
    parts = steps.map((s) => (running += s));
  } else {
    const zeroFirst = slots === 4 && rng.chance(0.3);
    const shares = split(rng, target, zeroFirst ? slots - 1 : slots);
    parts = zeroFirst ? [null, ...shares] : shares;
    parts = parts.map((p) => (p === 0 ? null : p));
    if (rng.chance(RATES.breakdownMismatch)) {
      const i = parts.findIndex((p) => p !== null && p > 1);
      if (i >= 0) {
        const p = parts[i] ?? 0;
        parts[i] = p + Math.max(1, Math.round(p * (0.1 + 0.3 * rng.next()))) * rng.pick([-1, 1]);
        if ((parts[i] ?? 0) <= 0) parts[i] = p * 2;
        mismatch = true;
      }
    }
  }
  return { spec, target, parts, cumulative: mode === "cumulative", mismatch };
}

function lianshuiItem(
  ctx: Context,
  theme: Theme,
  distinct: Distinct,
  defects: Record<string, number>
): { detail: string; plan: string } {
  const { rng, corpus } = ctx;
  const slotsChoice = rng.weighted<number[]>([
    [[0, 1, 2, 3], 0.8],
    [[0, 1, 2], 0.1],
    [[1, 3], 0.05],
    [[0, 1], 0.05],
  ]);
  const taskCount = rng.weighted<number>([
    [0, 0.15],
    [1, 0.5],
    [2, 0.28],
    [3, 0.07],
  ]);
  let tasks: PlannedTask[] = [];
  const detail = distinct.take(
    () => {
      tasks = rng
        .shuffled(theme.tasks)
        .slice(0, taskCount)
        .map((spec) => planTask(ctx, spec, slotsChoice.length));
      const targets = tasks.map((task) =>
        withFigure(task.spec.target, task.target, !!task.spec.wan && rng.chance(0.6), ctx)
      );
      const sentences: string[] = [];
      if (targets.length > 0) sentences.push(targets.join(rng.pick(["，", "；", "。"])));
      if (targets.length === 0 || rng.chance(0.3))
        sentences.push(place(rng.pick(theme.plain), ctx));
      return paddedCell(sentences, corpus.lengths.lianshuiDetail, corpus.measures, "。", ctx);
    },
    () => ctx.places.town()
  );
  defects.breakdownMismatch += tasks.filter((task) => task.mismatch).length;
  const plan = distinct.take(
    () => {
      const lines = slotsChoice.map((_quarter, slot) => {
        const clauses: string[] = [];
        for (const task of tasks) {
          const part = task.parts[slot];
          if (part === null) continue;
          const text = withFigure(task.spec.part, part, false, ctx);
          clauses.push(task.cumulative && slot > 0 ? `累计${text}` : text);
        }
        if (clauses.length === 0 || rng.chance(0.25)) {
          clauses.unshift(
            rng.chance(0.4) ? rng.pick(MILESTONES) : place(rng.pick(corpus.plans), ctx)
          );
        }
        return clauses;
      });
      // pad to a real plan's length, a clause at a time, spread over the quarters
      const length = drawLength(rng, corpus.lengths.lianshuiPlan);
      let total = lines.reduce((sum, l) => sum + l.join("；").length + 6, 0);
      for (let i = 0; i < 16; i++) {
        const clause = place(rng.pick(corpus.plans), ctx);
        if (total + clause.length / 2 >= length) break;
        lines[rng.int(0, lines.length - 1)].push(clause);
        total += clause.length + 1;
      }
      const separator = rng.chance(0.3) ? "\n\n" : "\n";
      const text = slotsChoice
        .map((q, slot) => {
          const label = slot > 0 && rng.chance(0.05) ? `第${QUARTERS[q]}` : QUARTERS[q];
          return `${label}：${lines[slot].join(rng.pick(["；", "，"]))}。`;
        })
        .join(separator);
      return rng.chance(RATES.scanSpacing) ? scanSpaced(text) : text;
    },
    () => ctx.places.town()
  );
  return { detail, plan };
}

function countyLeads(county: string, lead: string): string {
  return lead
    .split("\n")
    .map((unit) => county + unit)
    .join("\n");
}

async function writeLianshui(
  path: string,
  items: number,
  rng: Random,
  corpus: Corpus
): Promise<
  Omit<GeneratedLedger, "layout" | "items" | "variant" | "path" | "fileName" | "bytes" | "seconds">
> {
  const places = new Places(rng);
  const writer = new SheetWriter(path, "项目表", LIANSHUI_WIDTHS);
  const distinct = new Distinct();
  const defects: Record<string, number> = {
    fundingMismatch: 0,
    breakdownMismatch: 0,
    duplicateName: 0,
  };
  const year = 2024;

  // title, header, totals: the totals row's figures are known only at the end, so the projects are
  // generated first and the sheet written after (the texts are small beside what ExcelJS holds)
  interface Row {
    category: string | null;
    values: Value[];
  }
  const blocks: Row[][] = [];
  const sums = [0, 0, 0, 0, 0, 0];
  let made = 0;
  let counties = 0;
  let lastName = "";
  while (made < items) {
    const county = places.county();
    counties++;
    const ctx: Context = { rng, places, corpus, county, year };
    const ledgerSize = Math.min(items - made, rng.int(30, 70));
    // the county's projects over lianshui's categories, in its order, about five to a category
    const themes = LIANSHUI_THEMES.slice(0, Math.max(1, Math.min(10, Math.round(ledgerSize / 5))));
    const perTheme = split(rng, ledgerSize, themes.length).map((n) => Math.max(0, n));
    for (let k = 0; k < themes.length && made < items; k++) {
      const count = Math.min(perTheme[k], items - made);
      if (count <= 0) continue;
      const theme = THEMES[themes[k]];
      const names = rng.shuffled(theme.names);
      const block: Row[] = [];
      for (let i = 0; i < count; i++) {
        const base = i < names.length ? names[i] : rng.pick(names);
        let name: string;
        if (made > 0 && rng.chance(RATES.duplicateName)) {
          name = lastName;
          defects.duplicateName++;
        } else {
          name = distinct.take(
            () => (i < names.length ? county + base : places.town() + base),
            () => places.town()
          );
        }
        lastName = name;
        const { detail, plan } = lianshuiItem(ctx, theme, distinct, defects);
        const funding = drawFunding(ctx, defects);
        funding.tenths.forEach((v, j) => (sums[j] += v ?? 0));
        const partners = rng.shuffled(PARTNERS).slice(
          0,
          rng.weighted<number>([
            [1, 0.5],
            [2, 0.2],
            [3, 0.15],
            [5, 0.15],
          ])
        );
        made++;
        block.push({
          category: i === 0 ? `${chineseNumber(k + 1)}、${theme.category}（${county}）` : null,
          values: [
            null,
            String(made),
            name,
            detail,
            rng.pick(PROJECT_TYPES),
            ...funding.tenths.map((v) => (v === null ? null : v / 10)),
            plan,
            countyLeads(county, rng.pick(theme.leads)),
            [...new Set(partners)].join("\n"),
          ],
        });
      }
      blocks.push(block);
    }
  }

  writer.row(
    [`${year}年各县（市、区）民生实事项目汇总表`, ...Array<Value>(13).fill(null)],
    Array(14).fill("title"),
    false
  );
  writer.merge(1, 1, 1, 14);
  const header2: Value[] = [...LIANSHUI_HEADERS];
  header2.splice(5, 6, "投资规模及资金筹措方案（单位：万元）", null, null, null, null, null);
  writer.row(header2, Array(14).fill("header"), false);
  const header3: Value[] = LIANSHUI_HEADERS.map((h, c) => (c >= 5 && c <= 10 ? h : null));
  writer.row(header3, Array(14).fill("header"), false);
  writer.merge(2, 6, 2, 11);
  for (const c of [1, 2, 3, 4, 5, 12, 13, 14]) writer.merge(2, c, 3, c);
  writer.row(
    [
      `项目（合计：${items}个）`,
      null,
      null,
      null,
      null,
      ...sums.map((s) => Number((s / 10).toFixed(1))),
      null,
      null,
      null,
    ],
    LIANSHUI_STYLES.map((s, c) => (c === 0 ? "center" : s)),
    false
  );
  writer.merge(4, 1, 4, 5);
  writer.flush();
  for (const block of blocks) {
    const top = writer.rowCount + 1;
    for (const row of block) {
      const values = [...row.values];
      values[0] = row.category;
      writer.row(values, LIANSHUI_STYLES);
    }
    writer.merge(top, 1, top + block.length - 1, 1);
    writer.flush();
  }
  const rows = writer.rowCount;
  await writer.close();
  return {
    rows,
    counties,
    columns: columnStats(writer, LIANSHUI_HEADERS, {
      项目名称: corpus.lengths.lianshuiName,
      任务明细: corpus.lengths.lianshuiDetail,
      进度计划: corpus.lengths.lianshuiPlan,
    }),
    defects,
    distinctFallbacks: distinct.fallbacks,
  };
}

// ---------------------------------------------------------------------------------------------
// shanting

const SHANTING_HEADERS = [
  "序号",
  "目标任务",
  "具体项目内容",
  "责任单位",
  "进展情况",
  "存在问题",
  "4月份计划",
];
const SHANTING_WIDTHS = [6, 14, 40, 14, 50, 24, 40];
const SHANTING_STYLES: StyleName[] = ["center", "center", "text", "center", "text", "text", "text"];

/** The share of a target done by the end of the first quarter (序时 is about a quarter). */
function drawDoneShare(rng: Random): number {
  if (rng.chance(RATES.progressBeyondTarget)) return 1.05 + 0.3 * rng.next();
  return rng.weighted<number>([
    [1, 0.1],
    [0.6 + 0.35 * rng.next(), 0.1],
    [0.25 + 0.35 * rng.next(), 0.3],
    [0.05 + 0.2 * rng.next(), 0.35],
    [0.04 * rng.next(), 0.15],
  ]);
}

interface SubItem {
  content: string;
  lead: string;
  progress: string;
  problem: string | null;
  next: string;
}

function shantingSubItem(
  ctx: Context,
  theme: Theme,
  distinct: Distinct,
  defects: Record<string, number>
): Omit<SubItem, "lead"> {
  const { rng, corpus } = ctx;
  const figured = rng.chance(0.75);
  let tasks: { spec: TaskSpec; target: number }[] = [];
  const content = distinct.take(
    () => {
      tasks = figured
        ? rng
            .shuffled(theme.tasks)
            .slice(0, rng.chance(0.2) ? 2 : 1)
            .map((spec) => ({ spec, target: drawTarget(rng, spec) }))
        : [];
      const sentences =
        tasks.length > 0
          ? [
              tasks
                .map((task) =>
                  withFigure(task.spec.target, task.target, !!task.spec.wan && rng.chance(0.5), ctx)
                )
                .join("，"),
            ]
          : [place(rng.pick(theme.plain), ctx)];
      const padded = padSentences(
        sentences,
        drawLength(rng, corpus.lengths.shantingContent),
        corpus.measures,
        ctx
      );
      return padded.join("。") + "。";
    },
    () => ctx.places.town()
  );
  let beyond = 0;
  const progress = distinct.take(
    () => {
      const sentences: string[] = [];
      beyond = 0;
      for (const task of tasks) {
        const share = drawDoneShare(rng);
        if (share > 1) beyond++;
        const done = Math.max(0, Math.round(task.target * share));
        if (done === 0) continue;
        sentences.push(withFigure(task.spec.done, done, false, ctx));
      }
      if (sentences.length === 0 || rng.chance(0.3))
        sentences.push(place(rng.pick(corpus.progress), ctx));
      return paddedCell(sentences, corpus.lengths.shantingProgress, corpus.progress, "；", ctx);
    },
    () => ctx.places.town()
  );
  defects.progressBeyondTarget += beyond;
  const next = distinct.take(
    () => {
      const sentences: string[] = [];
      const task = tasks[0];
      if (task && rng.chance(0.5)) {
        const remaining = Math.max(1, Math.round(task.target * (0.05 + 0.15 * rng.next())));
        sentences.push(withFigure(task.spec.part, remaining, false, ctx));
      }
      if (sentences.length === 0 || rng.chance(0.3))
        sentences.push(place(rng.pick(corpus.plans), ctx));
      return (
        padSentences(
          sentences,
          drawLength(rng, corpus.lengths.shantingNextPlan),
          corpus.plans,
          ctx
        ).join("，") + "。"
      );
    },
    () => ctx.places.town()
  );
  const problem = rng.weighted<string | null>([
    ["无", 0.88],
    [null, 0.04],
    ["problem", 0.08],
  ]);
  return {
    content,
    progress,
    next,
    problem:
      problem === "problem"
        ? distinct.take(
            () => place(rng.pick(PROBLEMS), ctx),
            () => ctx.places.town()
          )
        : problem,
  };
}

async function writeShanting(
  path: string,
  items: number,
  rng: Random,
  corpus: Corpus
): Promise<
  Omit<GeneratedLedger, "layout" | "items" | "variant" | "path" | "fileName" | "bytes" | "seconds">
> {
  const places = new Places(rng);
  const writer = new SheetWriter(path, "一季度台账", SHANTING_WIDTHS);
  const distinct = new Distinct();
  const defects: Record<string, number> = { progressBeyondTarget: 0 };
  const year = 2025;
  writer.row(
    [`${year}年一季度全省民生实事工作进展情况汇总台账`, ...Array<Value>(6).fill(null)],
    Array(7).fill("title"),
    false
  );
  writer.merge(1, 1, 1, 7);
  writer.row([...SHANTING_HEADERS], Array(7).fill("header"), false);
  writer.flush();
  let made = 0;
  let counties = 0;
  let seq = 0;
  while (made < items) {
    const county = places.county();
    counties++;
    const ctx: Context = { rng, places, corpus, county, year };
    const themes = rng.shuffled(SHANTING_THEMES).slice(0, rng.int(8, SHANTING_THEMES.length));
    for (const key of themes as ThemeKey[]) {
      if (made >= items) break;
      const theme = THEMES[key];
      const count = Math.min(
        items - made,
        rng.weighted<number>([
          [1, 0.15],
          [2, 0.2],
          [3, 0.25],
          [4, 0.25],
          [5, 0.15],
        ])
      );
      seq++;
      const program = distinct.take(
        () => (rng.chance(0.6) ? county + theme.program : county + theme.program.replace("\n", "")),
        () => places.town()
      );
      const top = writer.rowCount + 1;
      let leadTop = top;
      let lead = "";
      const leadRuns: [number, number][] = [];
      for (let i = 0; i < count; i++) {
        const sub = shantingSubItem(ctx, theme, distinct, defects);
        const shared = i > 0 && rng.chance(0.4);
        if (!shared) {
          if (i > 0) leadRuns.push([leadTop, top + i - 1]);
          leadTop = top + i;
          lead = countyLeads(county, rng.pick(theme.leads));
        }
        writer.row(
          [
            i === 0 ? String(seq) : null,
            i === 0 ? program : null,
            sub.content,
            shared ? null : lead,
            sub.progress,
            sub.problem,
            sub.next,
          ],
          SHANTING_STYLES
        );
        made++;
      }
      leadRuns.push([leadTop, top + count - 1]);
      writer.merge(top, 1, top + count - 1, 1);
      writer.merge(top, 2, top + count - 1, 2);
      for (const [from, to] of leadRuns) writer.merge(from, 4, to, 4);
      writer.flush();
    }
  }
  const rows = writer.rowCount;
  await writer.close();
  return {
    rows,
    counties,
    columns: columnStats(writer, SHANTING_HEADERS, {
      具体项目内容: corpus.lengths.shantingContent,
      进展情况: corpus.lengths.shantingProgress,
      "4月份计划": corpus.lengths.shantingNextPlan,
    }),
    defects,
    distinctFallbacks: distinct.fallbacks,
  };
}

/** Writes one generated ledger; `variant` picks the seed, so every variant holds other texts. */
export async function generateLedger(
  layout: Layout,
  items: number,
  variant: number,
  dir: string,
  corpus: Corpus,
  seed: number
): Promise<GeneratedLedger> {
  const fileName = `${layout}-${items}-v${variant}.xlsx`;
  const path = `${dir}/${fileName}`;
  const started = process.hrtime.bigint();
  const rng = new Random(seed);
  const body =
    layout === "lianshui"
      ? await writeLianshui(path, items, rng, corpus)
      : await writeShanting(path, items, rng, corpus);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { layout, items, variant, path, fileName, bytes: statSync(path).size, seconds, ...body };
}
