import { CellValue, Grid, MergeIndex, cellText, getCell } from "../grid";
import { DetectedTable } from "../detect/types";
import { NUMERIC_ROLES, Role } from "../detect/roles";
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

function ownRaw(ctx: TableContext, row: number, col: number): string {
  return cellText(getCell(ctx.grid, row, col));
}

function mergeTop(ctx: TableContext, row: number, col: number): CellPos | null {
  const area = ctx.merges.areaAt(row, col);
  return area && area.top < row ? { row: area.top, col: area.left } : null;
}

function hasOwnContent(ctx: TableContext, row: number, col: number): boolean {
  return ownRaw(ctx, row, col).trim() !== "" && (ctx.merges.areaAt(row, col)?.top ?? row) === row;
}

function makeField(
  ctx: TableContext,
  rows: number[],
  col: number,
  source: Field["source"],
  from?: CellPos
): Field | undefined {
  const cellPos = from ?? { row: rows[0], col };
  const first = getCell(ctx.grid, cellPos.row, cellPos.col);
  const parts = from ? [ownRaw(ctx, from.row, from.col)] : rows.map((r) => ownRaw(ctx, r, col));
  const raw = parts.filter((p) => p.trim() !== "").join("\n");
  if (raw.trim() === "" && (first?.value ?? null) === null) return undefined;
  return { raw, text: normalizeText(raw), value: first?.value ?? null, cell: cellPos, source };
}

/** Rows of one item: its first row, merged rows under it and page-break continuation rows. */
function itemRowSpans(ctx: TableContext): number[][] {
  const { table } = ctx;
  const itemColumns = table.columns
    .filter((c) => !c.output && !c.roles.includes("category"))
    .map((c) => c.col);
  const spans: number[][] = [];
  const rows = [...table.rowKinds]
    .filter(([, k]) => k === "item" || k === "continuation")
    .sort((a, b) => a[0] - b[0]);
  let current: number[] | null = null;
  let previousRow = -2;
  for (const [row, kind] of rows) {
    const adjacent =
      row === previousRow + 1 ||
      [...range(previousRow + 1, row)].every(
        (r) => table.rowKinds.get(r) === "repeatedHeader" || table.rowKinds.get(r) === "blank"
      );
    const startsItem = kind === "item" && itemColumns.some((c) => hasOwnContent(ctx, row, c));
    if (current && adjacent && !startsItem) current.push(row);
    else {
      current = [row];
      spans.push(current);
    }
    previousRow = row;
  }
  return spans;
}

function* range(from: number, to: number): Generator<number> {
  for (let i = from; i < to; i++) yield i;
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
  const resetAt = new Set(
    [...table.rowKinds].filter(([, k]) => k === "totals" || k === "subtotal").map(([r]) => r)
  );
  for (const rows of itemRowSpans(ctx)) {
    const top = rows[0];
    for (const r of resetAt)
      if (r < top) {
        carried.clear();
        resetAt.delete(r);
      }
    const fields: Partial<Record<Role, Field>> = {};
    for (const [role, col] of table.roleColumns) {
      const from = mergeTop(ctx, top, col);
      const field = from
        ? makeField(ctx, rows, col, "merged", from)
        : makeField(ctx, rows, col, "own");
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
      else if (carried.has(role)) fields[role] = { ...carried.get(role)!, source: "carried" };
    }
    for (const role of IN_GROUP_ROLES) {
      const field = fields[role];
      if (field) carried.set(role, field);
      else if (startsGroup) carried.delete(role);
      else if (carried.has(role)) fields[role] = { ...carried.get(role)!, source: "carried" };
    }
    const seq = fields.seq?.text ?? "";
    const name = fields.name?.text ?? "";
    // one task listed under several lead units repeats its number and name on each row
    const leads = leadsOf(fields, table);
    const repeatsGroup =
      group !== null &&
      seq !== "" &&
      seq === group.seq &&
      name === group.name &&
      group.items.every((other) => !other.leads.some((lead) => leads.includes(lead)));
    if ((startsGroup && !repeatsGroup) || group === null) {
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
      funding: table.fundingColumns.flatMap((col) => {
        const field = makeField(ctx, [top], col, "own");
        const label = table.columns.find((c) => c.col === col)?.header ?? "";
        return field ? [{ label: normalizeText(label).replace(/\s+/g, ""), field }] : [];
      }),
      leads,
      partners: fields.partners ? splitUnits(fields.partners.raw) : [],
    };
    group.items.push(item);
    group.rowEnd = Math.max(group.rowEnd, item.rowEnd);
    items.push(item);
  }
  return items;
}

function leadsOf(fields: Partial<Record<Role, Field>>, table: DetectedTable): string[] {
  const lead = fields.lead;
  if (!lead) return [];
  if (table.roleColumns.get("lead") === table.roleColumns.get("target")) {
    return splitLeadTasks(lead.text).flatMap((t) => t.units);
  }
  return splitUnits(lead.raw);
}

/** True for a role whose cells hold figures. */
export function isNumericRole(role: Role): boolean {
  return NUMERIC_ROLES.has(role);
}
