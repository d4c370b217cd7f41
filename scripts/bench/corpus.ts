/**
 * What the generator takes from the five familiar workbooks: the wording of their cells (clauses
 * without figures or dates, to pad generated cells the way real ones run on), the lengths of their
 * cells (each generated cell is padded to a length drawn from the real column it imitates) and
 * lianshui's funding rows (totals and how they split over the four sources).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Grid, cellText } from "../../src/core/grid";
import { readWorkbookBytes } from "../../src/hosts/file/readWorkbook";

export const WORKBOOK_FILES = {
  lianshui: "lianshui-2024-projects.xlsx",
  lanling: "lanling-2023-h1-progress.xlsx",
  linyi: "linyi-2022-dec-progress.xlsx",
  shanting: "shanting-2025-q1-ledger.xlsx",
  tancheng: "tancheng-2024-2026-decomposition.xlsx",
} as const;

type WorkbookName = keyof typeof WORKBOOK_FILES;

export interface FundingRow {
  total: number;
  /** 上级补助, 县财政统筹, 社会资本, 自筹资金 (null where the cell is empty). */
  sources: (number | null)[];
}

export interface Corpus {
  /** Clauses of targets, measures and overviews (任务明细, 具体项目内容, 任务目标, 具体措施, 工作措施…). */
  measures: string[];
  /** Clauses of plans (进度计划, 项目月度计划, 月度计划, 4月份计划). */
  plans: string[];
  /** Clauses of progress reports (进展情况, 项目推进情况, 12月份推进情况). */
  progress: string[];
  /** Cell lengths (characters) of the columns the generator imitates. */
  lengths: {
    lianshuiName: number[];
    lianshuiDetail: number[];
    lianshuiPlan: number[];
    shantingContent: number[];
    shantingProgress: number[];
    shantingNextPlan: number[];
  };
  funding: FundingRow[];
}

/** The project root: the folder above this file holding taizhang's package.json. */
export function projectRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "taizhang") {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("taizhang's package.json not found above " + __dirname);
    dir = parent;
  }
}

/** The five workbooks live beside the project (../shared/workbooks), never inside it. */
export function sharedWorkbooksDir(): string {
  return resolve(projectRoot(), "..", "shared", "workbooks");
}

function readSheet(name: WorkbookName): Grid {
  const path = join(sharedWorkbooksDir(), WORKBOOK_FILES[name]);
  const bytes = readFileSync(path);
  const workbook = readWorkbookBytes(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    WORKBOOK_FILES[name]
  );
  return workbook.sheets[0];
}

const compact = (text: string): string => text.replace(/\s+/g, "");

/** The texts under a header (matched whole, white space ignored) in the first rows below the title. */
function column(grid: Grid, header: string): string[] {
  for (let r = 1; r < Math.min(5, grid.rowCount); r++) {
    for (let c = 0; c < grid.colCount; c++) {
      if (compact(cellText(grid.cells[r][c])) !== header) continue;
      const texts: string[] = [];
      for (let row = r + 1; row < grid.rowCount; row++) {
        const text = cellText(grid.cells[row][c]);
        if (text.trim() !== "") texts.push(text);
      }
      return texts;
    }
  }
  throw new Error(`${grid.name}: no column headed ${header}`);
}

/**
 * Clauses safe to pad a cell with: no figures (Arabic or Chinese numerals, circled numbers), no date
 * or period words a plan reader would take for a label or a deadline, no colon (a heading).
 */
const UNSAFE =
  /[0-9０-９①-⑳〇零二两三四五六七八九十百千万亿：:%％]|一[个所名人场次处家户座条套台辆公千批项期级类年月季]|季度|年底|年内|年末|月底|月份|全年|半年|今年|明年|当年|本年|本月|次月|下月|旬|截至|截止/;
/** The places the workbooks name, replaced by the generated ledger's own. */
export const SOURCE_PLACES = /(涟水|兰陵|山亭|临沂|郯城|枣庄)(县|区|市)?/g;

function clausesOf(texts: string[]): string[] {
  const clauses = new Set<string>();
  for (const text of texts) {
    for (const piece of text.split(/[。；;\n！？!?]+|\s{3,}/)) {
      const clause = compact(piece).replace(/^[，,、]+|[，,、]+$/g, "");
      if (clause.length < 4 || clause.length > 70 || UNSAFE.test(clause)) continue;
      clauses.add(clause);
    }
  }
  return [...clauses];
}

const lengthsOf = (texts: string[]): number[] => texts.map((t) => t.length);

function numberAt(grid: Grid, row: number, col: number): number | null {
  const value = grid.cells[row][col]?.value;
  return typeof value === "number" ? value : null;
}

export function loadCorpus(): Corpus {
  const lianshui = readSheet("lianshui");
  const shanting = readSheet("shanting");
  const lanling = readSheet("lanling");
  const linyi = readSheet("linyi");
  const tancheng = readSheet("tancheng");
  const funding: FundingRow[] = [];
  // lianshui: F..K on rows 5..54 (row 4 is the totals row)
  for (let r = 4; r < lianshui.rowCount; r++) {
    const total = numberAt(lianshui, r, 5);
    if (total === null) continue;
    funding.push({ total, sources: [7, 8, 9, 10].map((c) => numberAt(lianshui, r, c)) });
  }
  return {
    measures: clausesOf([
      ...column(lianshui, "任务明细"),
      ...column(shanting, "具体项目内容"),
      ...column(lanling, "任务目标"),
      ...column(lanling, "项目概况"),
      ...column(linyi, "具体措施"),
      ...column(tancheng, "工作措施"),
    ]),
    plans: clausesOf([
      ...column(lianshui, "进度计划"),
      ...column(lanling, "项目月度计划"),
      ...column(linyi, "月度计划"),
      ...column(shanting, "4月份计划"),
    ]),
    progress: clausesOf([
      ...column(shanting, "进展情况"),
      ...column(lanling, "项目推进情况"),
      ...column(linyi, "12月份推进情况"),
    ]),
    lengths: {
      lianshuiName: lengthsOf(column(lianshui, "项目名称")),
      lianshuiDetail: lengthsOf(column(lianshui, "任务明细")),
      lianshuiPlan: lengthsOf(column(lianshui, "进度计划")),
      shantingContent: lengthsOf(column(shanting, "具体项目内容")),
      shantingProgress: lengthsOf(column(shanting, "进展情况")),
      shantingNextPlan: lengthsOf(column(shanting, "4月份计划")),
    },
    funding,
  };
}
