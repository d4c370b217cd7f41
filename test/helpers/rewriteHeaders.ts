/**
 * The same ledger in other words (issue 22): a copy of a workbook whose header cells say what other
 * offices write for the same columns (headerSynonyms.ts), and whose table columns stand in another
 * order. Everything else — every figure, every text, every row — is as it was, so Taizhang must find
 * the same items and the same defects in the copy as in the original, only at other cell addresses.
 *
 * What is rewritten is what the engine detects in the original (model.tables[].table: its columns and
 * its header band headerTop..headerBottom), so the copy is always the original table restated.
 *
 * Column order. One permutation per sheet moves the columns of its tables (left..right) in every row
 * from the first header row down; the title rows above keep their cells. Merged areas keep working:
 * - columns that a merged area spans side by side (a group header such as 投资规模及资金筹措方案 over
 *   its sub-columns, a totals label merged across the text columns) form a block that moves as a
 *   whole, and its columns are shuffled only inside it, so the area stays one rectangle; the area is
 *   moved with its columns and its value is put back in its (new) top-left cell. Areas spanning the
 *   whole table (a section heading row) stay where they are, their value back in their top-left cell;
 * - areas that span one column (a name merged down over its sub-items) simply move with the column.
 * Formulas. Their A1 references are remapped through the permutation, on every sheet that refers to
 * the moved cells: a cell reference follows its cell, and a range over several columns is a block of
 * its own (like a merged area), so it is still one rectangle afterwards and is rewritten to it. A
 * reference the permutation could not keep whole (a range straddling the first moved row, a whole
 * column F:F) is refused with an error rather than silently broken; defined names are not followed
 * (the Workbook model carries none). None of the five workbooks holds a formula today; the remapping
 * is there for ledgers that do.
 *
 * Variant k (1-based) writes synonym number k of each column's list and uses a permutation drawn
 * from a generator seeded with the workbook's name and k: the same k always gives the same copy.
 */

import { Area, Cell, Grid, MergeIndex, Workbook, cellText, columnIndex, columnLetter, parseCellAddress } from '../../src/core/grid';
import { ColumnInfo, DetectedTable } from '../../src/core/detect/types';
import { buildWorkbookModel } from '../../src/core/model/workbookModel';
import { compactText } from '../../src/core/text/normalize';
import { HEADER_SYNONYMS, HeaderSynonym, SynonymKey, USED_KEYS } from './headerSynonyms';

/** Any report date does: detection does not depend on it. */
const DETECTION_DATE = '2026-11-23';

/** How many variants each workbook gets: every list has at least this many words, so each variant uses its own. */
export const VARIANT_COUNT = Math.min(...USED_KEYS.map((key) => HEADER_SYNONYMS[key].length));

/** The variant numbers, 1-based. */
export const VARIANTS: readonly number[] = Array.from({ length: VARIANT_COUNT }, (_, i) => i + 1);

export interface HeaderChange {
  sheet: string;
  /** 0-based row of the header cell. */
  row: number;
  /** 0-based column of the header cell in the original. */
  col: number;
  key: SynonymKey;
  from: string;
  to: string;
  source: string;
}

export interface SheetPermutation {
  sheet: string;
  /** First row (0-based) whose cells were moved; the rows above it keep their columns. */
  fromRow: number;
  /** toNew[originalCol] = the column it stands in now (identity outside the moved columns). */
  toNew: number[];
  /** toOld[newCol] = the column it stood in before. */
  toOld: number[];
}

export interface RewrittenWorkbook {
  workbook: Workbook;
  variant: number;
  headers: HeaderChange[];
  permutations: SheetPermutation[];
}

export interface RewriteOptions {
  /** Write synonyms into the header cells (default true). */
  rename?: boolean;
  /** Reorder the table columns (default true). */
  permute?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Synonyms

/** The synonym list a column's header belongs to, from the roles the engine gave the original. */
export function synonymKeyOf(column: ColumnInfo): SynonymKey | null {
  const roles = column.roles;
  if (roles.includes('lead') && roles.includes('target')) return 'leadAndTarget';
  if (roles.length === 1) return roles[0];
  if (roles.length === 0 && column.funding) return fundingKeyOf(column.header);
  return null;
}

function fundingKeyOf(header: string): SynonymKey | null {
  const text = compactText(header);
  if (/上级|中央|省级|省补/.test(text)) return 'fundingUpper';
  if (/财政|本级|配套/.test(text)) return 'fundingLocal';
  if (/社会|企业|融资|银行/.test(text)) return 'fundingSocial';
  if (/自筹|自有|其他/.test(text)) return 'fundingSelf';
  return null;
}

/** The synonym list a group header (merged over sub-columns) belongs to. */
export function groupKeyOf(group: string): SynonymKey | null {
  const text = compactText(group);
  if (/投资|资金|筹措/.test(text)) return 'groupInvestment';
  if (/(牵头|责任).*任务|任务.*(牵头|责任)/.test(text)) return 'groupLeadTasks';
  return null;
}

/**
 * A synonym written for one original header: `{y}` is the year the original names (`2024年计划投资`),
 * `{m}` its leading month (`12月份推进情况`, `4月份计划`), `{unit}` its money unit (`单位：万元`). A
 * `[…]` segment is kept, filled in, when the original names what it holds, and left out otherwise:
 * the period and the unit are the ledger's content, not its wording, and stay.
 */
export function instantiate(template: string, original: string): string {
  const text = compactText(original);
  const values: Record<string, string | null> = {
    y: /(20\d\d)年/.exec(text)?.[1] ?? null,
    m: /^(\d{1,2})月/.exec(text)?.[1] ?? null,
    unit: /单位[:：]?(万元|亿元|千元|元)/.exec(text)?.[1] ?? null,
  };
  const fill = (part: string): string | null => {
    let missing = false;
    const out = part.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`unknown placeholder {${name}} in "${template}"`);
      if (value === null) missing = true;
      return value ?? '';
    });
    return missing ? null : out;
  };
  const withOptional = template.replace(/\[([^\]]*)\]/g, (_m, part: string) => fill(part) ?? '');
  const result = fill(withOptional);
  if (result === null) throw new Error(`"${template}" needs a value "${original}" does not state`);
  return result;
}

function synonymFor(key: SynonymKey, variant: number): HeaderSynonym {
  const list = HEADER_SYNONYMS[key];
  if (list.length < variant) throw new Error(`${key} has ${list.length} synonyms, variant ${variant} needs more`);
  return list[variant - 1];
}

// ---------------------------------------------------------------------------------------------
// Grids

function cloneGrid(grid: Grid): Grid {
  return {
    ...grid,
    cells: grid.cells.map((row) => row.map((cell) => (cell ? { ...cell } : undefined))),
    merges: grid.merges.map((m) => ({ ...m })),
  };
}

interface CellRef {
  row: number;
  col: number;
}

/** The cell that shows the text seen at (row, col): the top-left cell of a merged area. */
function anchorOf(merges: MergeIndex, row: number, col: number): CellRef {
  const area = merges.areaAt(row, col);
  return area ? { row: area.top, col: area.left } : { row, col };
}

function seenText(grid: Grid, merges: MergeIndex, row: number, col: number): string {
  const at = anchorOf(merges, row, col);
  return compactText(cellText(grid.cells[at.row]?.[at.col]));
}

/** The header cells of one table and the synonyms they get. */
function renameHeaders(grid: Grid, table: DetectedTable, variant: number, changes: HeaderChange[]): void {
  const merges = new MergeIndex(grid.merges);
  const done = new Map<string, SynonymKey>();
  const used = new Map<string, string>();
  const rename = (at: CellRef, key: SynonymKey): void => {
    const id = `${at.row}:${at.col}`;
    const earlier = done.get(id);
    if (earlier !== undefined) {
      if (earlier !== key) throw new Error(`${grid.name} ${columnLetter(at.col)}${at.row + 1} is both ${earlier} and ${key}`);
      return;
    }
    const cell = grid.cells[at.row]?.[at.col];
    const from = cellText(cell);
    const synonym = synonymFor(key, variant);
    const to = instantiate(synonym.text, from);
    if (compactText(to) === compactText(from)) throw new Error(`${key} synonym ${variant} "${to}" is the original header`);
    const twin = used.get(compactText(to));
    if (twin !== undefined) throw new Error(`"${to}" would name two columns (${twin} and ${key})`);
    used.set(compactText(to), key);
    done.set(id, key);
    grid.cells[at.row][at.col] = { ...(cell ?? {}), value: to } as Cell;
    changes.push({ sheet: grid.name, row: at.row, col: at.col, key, from, to, source: synonym.source });
  };
  for (const column of table.columns) {
    let leafRow = -1;
    for (let r = table.headerBottom; r >= table.headerTop; r--) {
      if (seenText(grid, merges, r, column.col) !== '') {
        leafRow = r;
        break;
      }
    }
    if (leafRow < 0) continue;
    const key = synonymKeyOf(column);
    if (key !== null) rename(anchorOf(merges, leafRow, column.col), key);
    if (column.group === undefined) continue;
    const groupKey = groupKeyOf(column.group);
    if (groupKey === null) continue;
    for (let r = table.headerTop; r < leafRow; r++) {
      const area = merges.areaAt(r, column.col);
      if (area && area.right > area.left && seenText(grid, merges, r, column.col) === compactText(column.group)) {
        rename({ row: area.top, col: area.left }, groupKey);
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Column order

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

type Interval = [number, number];

/** Unites intervals that overlap without one holding the other, until every two are nested or apart. */
function laminar(intervals: Interval[]): Interval[] {
  let list = intervals.map((i): Interval => [i[0], i[1]]);
  for (let changed = true; changed; ) {
    changed = false;
    outer: for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        const overlap = a[0] <= b[1] && b[0] <= a[1];
        const nested = (a[0] <= b[0] && b[1] <= a[1]) || (b[0] <= a[0] && a[1] <= b[1]);
        if (overlap && !nested) {
          const union: Interval = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
          list = list.filter((_, k) => k !== i && k !== j);
          list.push(union);
          changed = true;
          break outer;
        }
      }
    }
  }
  const seen = new Set<string>();
  return list.filter((i) => {
    const id = `${i[0]}:${i[1]}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

interface Block {
  left: number;
  right: number;
  children: Block[];
}

/** Columns left..right in a new order: blocks move whole, and are shuffled inside, level by level. */
function orderColumns(left: number, right: number, intervals: Interval[], random: () => number): number[] {
  const root: Block = { left, right, children: [] };
  const sorted = laminar(intervals)
    .filter(([l, r]) => r > l && !(l === left && r === right))
    .sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
  for (const [l, r] of sorted) {
    let parent = root;
    for (;;) {
      const inside = parent.children.find((c) => c.left <= l && r <= c.right);
      if (!inside) break;
      parent = inside;
    }
    parent.children.push({ left: l, right: r, children: [] });
  }
  const order = (block: Block): number[] => {
    const units: number[][] = [];
    for (let c = block.left; c <= block.right; ) {
      const child = block.children.find((b) => b.left === c);
      if (child) {
        units.push(order(child));
        c = child.right + 1;
      } else {
        units.push([c]);
        c++;
      }
    }
    return shuffle(units, random).flat();
  };
  return order(root);
}

// ---------------------------------------------------------------------------------------------
// Formulas

/** An A1 reference, possibly to another sheet, possibly a range; not inside a string literal. */
const REFERENCE =
  /(?<![A-Za-z0-9_.$!\u4e00-\u9fff])((?:'(?:[^']|'')+'|[A-Za-z0-9_\u4e00-\u9fff]+)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(])/g;

interface FormulaReference {
  sheet: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function sheetOfPrefix(prefix: string | undefined, own: string): string {
  if (!prefix) return own;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** A whole-column reference (`F:F`, `$F:$K`): it spans the rows above the moved ones too. */
const WHOLE_COLUMNS = /(?<![A-Za-z0-9_$])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?![A-Za-z0-9_(])/;

/** The parts of a reference match: [whole, sheet prefix, $, col, $, row, $, col, $, row]. */
type ReferenceParts = (string | undefined)[];

/** Applies `edit` to every reference outside string literals. */
function mapReferences(formula: string, own: string, edit: (ref: FormulaReference, parts: ReferenceParts) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      if (WHOLE_COLUMNS.test(part)) throw new Error(`whole-column reference in "${formula}" cannot follow a column permutation`);
      return part.replace(REFERENCE, (...args: unknown[]) => {
        const parts = args.slice(0, 10) as ReferenceParts;
        const [, prefix, , c1, , r1, , c2, , r2] = parts;
        const a = { row: Number(r1) - 1, col: columnIndex(c1!) };
        const b = c2 === undefined ? a : { row: Number(r2) - 1, col: columnIndex(c2) };
        return edit(
          {
            sheet: sheetOfPrefix(prefix, own),
            top: Math.min(a.row, b.row),
            bottom: Math.max(a.row, b.row),
            left: Math.min(a.col, b.col),
            right: Math.max(a.col, b.col),
          },
          parts,
        );
      });
    })
    .join('');
}

function formulasOf(workbook: Workbook): { grid: Grid; row: number; col: number; formula: string }[] {
  const out: { grid: Grid; row: number; col: number; formula: string }[] = [];
  for (const grid of workbook.sheets)
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formula) out.push({ grid, row: r, col: c, formula: cell.formula });
      }),
    );
  return out;
}

// ---------------------------------------------------------------------------------------------
// The permutation of one sheet

interface SheetPlan {
  fromRow: number;
  left: number;
  right: number;
}

function planOf(tables: DetectedTable[]): SheetPlan {
  return {
    fromRow: Math.min(...tables.map((t) => t.headerTop)),
    left: Math.min(...tables.map((t) => t.left)),
    right: Math.max(...tables.map((t) => t.right)),
  };
}

/** Column intervals that must stay side by side: merged areas and formula ranges over several columns. */
function blocksOf(grid: Grid, plan: SheetPlan, workbook: Workbook): Interval[] {
  const { fromRow, left, right } = plan;
  const blocks: Interval[] = [];
  for (const m of grid.merges) {
    if (m.bottom < fromRow || m.right < left || m.left > right || m.right === m.left) continue;
    if (m.top < fromRow) throw new Error(`${grid.name}: merged area across row ${fromRow + 1} cannot follow a column permutation`);
    const covers = m.left <= left && m.right >= right;
    if (!covers && (m.left < left || m.right > right))
      throw new Error(`${grid.name}: merged area reaching out of the table's columns cannot follow a column permutation`);
    if (!covers) blocks.push([m.left, m.right]);
  }
  for (const { grid: home, formula } of formulasOf(workbook)) {
    mapReferences(formula, home.name, (ref, parts) => {
      if (ref.sheet === grid.name && ref.bottom >= fromRow && ref.right > ref.left) {
        const l = Math.max(ref.left, left);
        const r = Math.min(ref.right, right);
        if (l < r) blocks.push([l, r]);
      }
      return parts[0]!;
    });
  }
  return blocks;
}

function isIdentity(order: number[], left: number): boolean {
  return order.every((col, i) => col === left + i);
}

function permutationOf(grid: Grid, plan: SheetPlan, workbook: Workbook, seed: number): SheetPermutation {
  const random = generator(seed);
  const blocks = blocksOf(grid, plan, workbook);
  let order = orderColumns(plan.left, plan.right, blocks, random);
  for (let attempt = 0; attempt < 50 && isIdentity(order, plan.left); attempt++)
    order = orderColumns(plan.left, plan.right, blocks, random);
  const toNew = Array.from({ length: grid.colCount }, (_, c) => c);
  order.forEach((oldCol, i) => {
    toNew[oldCol] = plan.left + i;
  });
  const toOld: number[] = [];
  toNew.forEach((n, o) => {
    toOld[n] = o;
  });
  return { sheet: grid.name, fromRow: plan.fromRow, toNew, toOld };
}

function applyPermutation(grid: Grid, p: SheetPermutation, plan: SheetPlan): void {
  const { fromRow, left, right } = plan;
  for (let r = fromRow; r < grid.rowCount; r++) {
    const old = grid.cells[r];
    if (!old) continue;
    const row = [...old];
    for (let c = left; c <= right; c++) row[p.toNew[c]] = old[c];
    grid.cells[r] = row;
  }
  const anchorsToMove: { row: number; from: number; to: number }[] = [];
  grid.merges = grid.merges.map((m): Area => {
    if (m.bottom < fromRow || m.right < left || m.left > right) return m;
    const cols: number[] = [];
    for (let c = m.left; c <= m.right; c++) cols.push(c >= left && c <= right ? p.toNew[c] : c);
    const newLeft = Math.min(...cols);
    const newRight = Math.max(...cols);
    if (newRight - newLeft !== m.right - m.left) throw new Error(`${grid.name}: a merged area was split`);
    const anchor = m.left >= left && m.left <= right ? p.toNew[m.left] : m.left;
    if (anchor !== newLeft) anchorsToMove.push({ row: m.top, from: anchor, to: newLeft });
    return { ...m, left: newLeft, right: newRight };
  });
  // a merged area shows its top-left cell: its value goes there, the (hidden, normally empty) cell there takes its old place
  for (const { row, from, to } of anchorsToMove) {
    const cells = grid.cells[row];
    [cells[from], cells[to]] = [cells[to], cells[from]];
  }
}

function remapFormulas(workbook: Workbook, permutations: SheetPermutation[]): void {
  const bySheet = new Map(permutations.map((p) => [p.sheet, p]));
  for (const { grid, row, col, formula } of formulasOf(workbook)) {
    const remapped = mapReferences(formula, grid.name, (ref, parts) => {
      const whole = parts[0]!;
      const p = bySheet.get(ref.sheet);
      if (!p || ref.bottom < p.fromRow) return whole;
      const moved: number[] = [];
      for (let c = ref.left; c <= ref.right; c++) moved.push(p.toNew[c] ?? c);
      if (moved.every((c, i) => c === ref.left + i)) return whole;
      if (ref.top < p.fromRow) throw new Error(`"${formula}" spans rows above and below row ${p.fromRow + 1}: it cannot follow the permutation`);
      const l = Math.min(...moved);
      const r = Math.max(...moved);
      if (r - l !== ref.right - ref.left) throw new Error(`"${formula}" would be split by the permutation`);
      const [, prefix = '', d1 = '', c1, e1 = '', r1, d2 = '', c2, e2 = '', r2] = parts;
      if (c2 === undefined) return `${prefix}${d1}${columnLetter(l)}${e1}${r1}`;
      // the range keeps its written direction (F5:H5 stays left-to-right)
      const forward = columnIndex(c1!) <= columnIndex(c2);
      return `${prefix}${d1}${columnLetter(forward ? l : r)}${e1}${r1}:${d2}${columnLetter(forward ? r : l)}${e2}${r2}`;
    });
    if (remapped !== formula) {
      const target = workbook.sheets.find((g) => g.name === grid.name)!;
      target.cells[row][col] = { ...(target.cells[row][col] as Cell), formula: remapped };
    }
  }
}

// ---------------------------------------------------------------------------------------------

/** The workbook restated: header words from variant `variant`'s synonyms, table columns reordered. */
export function rewriteHeaders(original: Workbook, variant: number, options: RewriteOptions = {}): RewrittenWorkbook {
  if (!Number.isInteger(variant) || variant < 1) throw new RangeError(`variant ${variant}: variants count from 1`);
  const model = buildWorkbookModel(original, { today: DETECTION_DATE });
  const workbook: Workbook = { ...original, sheets: original.sheets.map(cloneGrid) };
  const headers: HeaderChange[] = [];
  const permutations: SheetPermutation[] = [];
  const plans = new Map<string, { grid: Grid; plan: SheetPlan }>();
  for (const grid of workbook.sheets) {
    const tables = model.tables.filter((t) => t.table.sheet === grid.name).map((t) => t.table);
    if (tables.length === 0) continue;
    if (options.rename ?? true) for (const table of tables) renameHeaders(grid, table, variant, headers);
    plans.set(grid.name, { grid, plan: planOf(tables) });
  }
  if (options.permute ?? true) {
    // every permutation is drawn before any cell moves: formula ranges on any sheet shape the blocks
    for (const [name, { grid, plan }] of plans)
      permutations.push(permutationOf(grid, plan, workbook, hash(`${original.name}|${name}`) ^ Math.imul(variant, 0x9e3779b1)));
    for (const p of permutations) {
      const { grid, plan } = plans.get(p.sheet)!;
      applyPermutation(grid, p, plan);
    }
    remapFormulas(workbook, permutations);
  }
  return { workbook, variant, headers, permutations };
}

/** The column a variant's column stood in in the original (unchanged above the moved rows). */
export function originalColumn(rewritten: RewrittenWorkbook, sheet: string, row: number, col: number): number {
  const p = rewritten.permutations.find((x) => x.sheet === sheet);
  if (!p || row < p.fromRow) return col;
  return p.toOld[col] ?? col;
}

/** A variant's A1 address as it was in the original. */
export function originalAddress(rewritten: RewrittenWorkbook, sheet: string, a1: string): string {
  const { row, col } = parseCellAddress(a1);
  return `${columnLetter(originalColumn(rewritten, sheet, row, col))}${row + 1}`;
}
