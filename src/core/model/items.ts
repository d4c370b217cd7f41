// the module itself, not the grid index: its re-exports are getters, paid on every cell read
import { Cell, CellValue, Grid, MergeIndex, cellText, getCell } from "../grid/grid";
import { holdsValue } from "../detect/sheetView";
import { DetectedTable, Indicator, RowKind } from "../detect/types";
import { Role } from "../detect/roles";
import { normalizeText } from "../text/normalize";
import { splitLeadTasks, splitUnits } from "./units";

/** Where a value was read: the cell (0-based) whose content it is. */
export interface CellPos {
  row: number;
  col: number;
}

export interface Field {
  /** The text as written (all rows of the item joined by line breaks). */
  raw: string;
  /** The normal form parsers work on. */
  text: string;
  /** The first cell's value as stored (a number, or the text of a figure stored as text). */
  value: CellValue;
  cell: CellPos;
  /** How the value reached this row: its own cell, a merged cell above, or carried down (no merges, as in CSV). */
  source: "own" | "merged" | "carried";
}

export interface FundingField {
  label: string;
  field: Field;
}

/** A project, a sub-item of a target or a unit-year target: one line of work with the rows it spans. */
export interface Item {
  /** Position in the workbook's item list. */
  index: number;
  sheet: string;
  table: DetectedTable;
  row: number;
  rowEnd: number;
  group: ItemGroup;
  fields: Partial<Record<Role, Field>>;
  funding: FundingField[];
  /** Lead units, from the lead column or the `单位：任务` head of a decomposition task. */
  leads: string[];
  partners: string[];
  /** In a table of several indicators side by side, the one this item reports on. */
  indicator?: Indicator;
}

/** The rows that share one number and name: a project with its sub-items or its unit-year rows. */
export interface ItemGroup {
  key: string;
  seq: string;
  name: string;
  row: number;
  rowEnd: number;
  items: Item[];
}

/** Columns whose value holds for the rows below until it changes (merged down, or left blank in CSV). */
const GROUP_ROLES: readonly Role[] = ["seq", "name", "category"];
/** Columns carried down only inside one group (a year over its unit rows, a lead over its sub-items). */
const IN_GROUP_ROLES: readonly Role[] = ["year", "lead", "type", "level", "deadline"];

interface TableContext {
  grid: Grid;
  merges: MergeIndex;
  table: DetectedTable;
}

function mergeTop(ctx: TableContext, row: number, col: number): CellPos | null {
  const area = ctx.merges.areaAt(row, col);
  return area && area.top < row ? { row: area.top, col: area.left } : null;
}

function mergeLeft(ctx: TableContext, row: number, col: number): CellPos | null {
  const area = ctx.merges.areaAt(row, col);
  return area && area.top === row && area.left < col ? { row: area.top, col: area.left } : null;
}

/** Whether any of the columns has content of the row's own (not shown by a merge from above). */
function anyOwnContent(ctx: TableContext, row: number, columns: number[]): boolean {
  for (const col of columns) {
    const own = holdsValue(getCell(ctx.grid, row, col));
    if (own && (ctx.merges.areaAt(row, col)?.top ?? row) === row) return true;
  }
  return false;
}

function makeField(
  ctx: TableContext,
  rows: number[],
  col: number,
  source: Field["source"],
  from?: CellPos
): Field | undefined {
  const first = from ? getCell(ctx.grid, from.row, from.col) : getCell(ctx.grid, rows[0], col);
  const value = first?.value ?? null;
  const oneCell = from !== undefined || rows.length === 1;
  const raw = oneCell
    ? filledText(first)
    : rows
        .map((r) => filledText(getCell(ctx.grid, r, col)))
        .filter((t) => t !== "")
        .join("\n");
  if (raw === "" && value === null) return undefined;
  // a figure or a boolean is written in plain ASCII (digits, sign and point; TRUE, FALSE), with
  // nothing to fold, join or strip: alone, its text is its normal form
  const text = oneCell && typeof value !== "string" ? raw : normalizeText(raw);
  return { raw, text, value, cell: from ?? { row: rows[0], col }, source };
}

/** A cell's text as written, or "" when it is blank. */
function filledText(cell: Cell | undefined): string {
  return holdsValue(cell) ? cellText(cell) : "";
}

/** Rows of one item: its first row, merged rows under it and page-break continuation rows. */
function itemRowSpans(ctx: TableContext): number[][] {
  const { table } = ctx;
  const itemColumns = table.columns
    .filter((c) => !c.output && !c.roles.includes("category"))
    .map((c) => c.col);
  const spans: number[][] = [];
  const rows: [number, RowKind][] = [];
  // in a by-place table of indicators the whole area's row (全市) reports on them too
  const totalsAreItems =
    table.indicators.length > 0 || table.relations.some((r) => r.kind === "ratio");
  table.rowKinds.forEach((kind, row) => {
    if (kind === "item" || kind === "continuation") rows.push([row, kind]);
    else if (totalsAreItems && kind === "totals") rows.push([row, "item"]);
  });
  rows.sort((a, b) => a[0] - b[0]);
  let current: number[] | null = null;
  let previousRow = -2;
  for (const [row, kind] of rows) {
    const adjacent = row === previousRow + 1 || onlyGapsBetween(table, previousRow, row);
    const startsItem = kind === "item" && anyOwnContent(ctx, row, itemColumns);
    if (current && adjacent && !startsItem) current.push(row);
    else {
      current = [row];
      spans.push(current);
    }
    previousRow = row;
  }
  return spans;
}

/** Whether the rows strictly between two rows are all repeated headers or blank rows. */
function onlyGapsBetween(table: DetectedTable, above: number, below: number): boolean {
  for (let r = above + 1; r < below; r++) {
    const kind: RowKind | undefined = table.rowKinds.get(r);
    if (kind !== "repeatedHeader" && kind !== "blank") return false;
  }
  return true;
}

/** Reads the items of one detected table. */
export function readItems(
  grid: Grid,
  table: DetectedTable,
  merges: MergeIndex = new MergeIndex(grid.merges)
): Item[] {
  const ctx: TableContext = { grid, merges, table };
  const items: Item[] = [];
  const carried = new Map<Role, Field>();
  let group: ItemGroup | null = null;
  /** The lead units of the current group's items, gathered once an item may repeat the group. */
  let groupLeads: Set<string> | null = null;
  // a totals or subtotal row ends what is carried down; spans come top-down, so one pass suffices
  const resetRows: number[] = [];
  table.rowKinds.forEach((kind, row) => {
    if (kind === "totals" || kind === "subtotal") resetRows.push(row);
  });
  resetRows.sort((a, b) => a - b);
  let nextReset = 0;
  const fundingLabels = table.fundingColumns.map((col) => {
    const header = table.columns.find((c) => c.col === col)?.header ?? "";
    return { col, label: normalizeText(header).replace(/\s+/g, "") };
  });
  const roleColumns = [...table.roleColumns];
  for (const rows of itemRowSpans(ctx)) {
    const top = rows[0];
    if (nextReset < resetRows.length && resetRows[nextReset] < top) {
      carried.clear();
      while (nextReset < resetRows.length && resetRows[nextReset] < top) nextReset++;
    }
    const fields: Partial<Record<Role, Field>> = {};
    for (const [role, col] of roleColumns) {
      const from = mergeTop(ctx, top, col);
      // a name merged in from the left (`全省` over 序号 and 市州) is the row's own
      const left = from || role !== "name" ? null : mergeLeft(ctx, top, col);
      const field = from
        ? makeField(ctx, rows, col, "merged", from)
        : makeField(ctx, rows, col, "own", left ?? undefined);
      if (field) fields[role] = field;
    }
    const hasGroupColumns = table.roleColumns.has("seq") || table.roleColumns.has("name");
    const startsGroup =
      group === null ||
      !hasGroupColumns ||
      fields.seq?.source === "own" ||
      fields.name?.source === "own";
    for (const role of GROUP_ROLES) {
      const field = fields[role];
      if (field) carried.set(role, field);
      else if (carried.has(role)) fields[role] = carriedDown(carried.get(role)!);
    }
    for (const role of IN_GROUP_ROLES) {
      const field = fields[role];
      if (field) carried.set(role, field);
      else if (startsGroup) carried.delete(role);
      else if (carried.has(role)) fields[role] = carriedDown(carried.get(role)!);
    }
    const seq = fields.seq?.text ?? "";
    const name = fields.name?.text ?? "";
    // one task listed under several lead units repeats its number and name on each row
    const leads = leadsOf(fields, table);
    let repeatsGroup = false;
    if (group !== null && startsGroup && seq !== "" && seq === group.seq && name === group.name) {
      const known = (groupLeads ??= new Set(group.items.flatMap((other) => other.leads)));
      repeatsGroup = !leads.some((lead) => known.has(lead));
    }
    if (group === null || (startsGroup && !repeatsGroup)) {
      groupLeads = null;
      group = {
        key: `${table.sheet}:${top}:${seq}:${name}`,
        seq,
        name,
        row: top,
        rowEnd: rows[rows.length - 1],
        items: [],
      };
    }
    const item: Item = {
      index: items.length,
      sheet: table.sheet,
      table,
      row: top,
      rowEnd: rows[rows.length - 1],
      group,
      fields,
      funding: [],
      leads,
      partners: fields.partners ? splitUnits(fields.partners.raw) : [],
    };
    // funding is read from the item's first row only
    const topRow = rows.length === 1 ? rows : [top];
    for (const { col, label } of fundingLabels) {
      const field = makeField(ctx, topRow, col, "own");
      if (field) item.funding.push({ label, field });
    }
    if (groupLeads) for (const lead of leads) groupLeads.add(lead);
    group.rowEnd = Math.max(group.rowEnd, item.rowEnd);
    for (const each of table.indicators.length > 0 ? perIndicator(ctx, item) : [item]) {
      each.index = items.length;
      group.items.push(each);
      items.push(each);
    }
  }
  return items;
}

/**
 * A row of a by-place table as one item per indicator it states a target for, each reading that
 * indicator's target, actual and rate columns.
 */
function perIndicator(ctx: TableContext, row: Item): Item[] {
  const items: Item[] = [];
  for (const indicator of ctx.table.indicators) {
    const target = makeField(ctx, [row.row], indicator.target, "own");
    if (!target) continue;
    const fields: Partial<Record<Role, Field>> = { ...row.fields, targetValue: target };
    const actual = makeField(ctx, [row.row], indicator.actual, "own");
    if (actual) fields.actualValue = actual;
    const rate =
      indicator.rate === null ? undefined : makeField(ctx, [row.row], indicator.rate, "own");
    if (rate) fields.rate = rate;
    items.push({ ...row, fields, indicator });
  }
  return items;
}

/** A field carried down to a row that leaves it empty (spelled out: a spread costs ~1 µs per row). */
function carriedDown(field: Field): Field {
  return {
    raw: field.raw,
    text: field.text,
    value: field.value,
    cell: field.cell,
    source: "carried",
  };
}

function leadsOf(fields: Partial<Record<Role, Field>>, table: DetectedTable): string[] {
  const lead = fields.lead;
  if (!lead) return [];
  if (table.roleColumns.get("lead") === table.roleColumns.get("target")) {
    return splitLeadTasks(lead.text).flatMap((t) => t.units);
  }
  return splitUnits(lead.raw);
}
