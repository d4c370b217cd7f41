/** The user's corrections of what detection found, applied to a detected table. */

import { columnIndex } from "../grid/address";
import { ALL_ROLES, Role } from "./roles";
import { kindOf, roleColumnsOf } from "./columnRoles";
import { DetectedTable } from "./types";

/** A user's correction of what detection found: a role moved to another column, or removed. */
export interface TableOverride {
  sheet: string;
  /** The table's first header row (1-based), when a sheet holds several tables. */
  headerRow?: number;
  /** Role → column letter, or null to say the table has no such column. */
  roles: Partial<Record<Role, string | null>>;
  /** Relations found in the figures (their ids, `sum:E=F+G+H+I`) the user has switched off: not checked. */
  relationsOff?: string[];
}

/**
 * Applies the user's corrections to a detected table: each role given moves to its column (taken
 * from any column that had it), a null role is dropped, a relation switched off is no longer checked.
 * The table's kind follows its new roles.
 */
export function applyOverride(table: DetectedTable, override: TableOverride): void {
  const off = Array.isArray(override.relationsOff) ? override.relationsOff : [];
  table.relations = table.relations.filter((r) => !off.includes(r.id));
  for (const [role, letter] of Object.entries(override.roles) as [Role, string | null][]) {
    // corrections come from storage the user can edit: a key that is no role (`__proto__`) is skipped
    if (!ALL_ROLES.includes(role)) continue;
    for (const column of table.columns) column.roles = column.roles.filter((r) => r !== role);
    if (letter === null) continue;
    const col = columnIndex(letter);
    let column = table.columns.find((c) => c.col === col);
    if (!column) {
      column = { col, header: letter, roles: [] };
      table.columns.push(column);
      table.columns.sort((a, b) => a.col - b.col);
    }
    column.roles.push(role);
    delete column.output;
  }
  table.roleColumns = roleColumnsOf(table.columns);
  table.kind = kindOf(table);
}

/** The override meant for a table, if any. */
export function overrideFor(
  table: DetectedTable,
  overrides: readonly TableOverride[]
): TableOverride | undefined {
  return overrides.find(
    (o) =>
      o.sheet === table.sheet && (o.headerRow === undefined || o.headerRow === table.headerTop + 1)
  );
}
