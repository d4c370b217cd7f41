import { columnLetter } from "../grid";
import { ALL_ROLES, Role } from "../detect/roles";
import { RowKind, TableKind } from "../detect/types";
import { TableModel } from "../model/workbookModel";

/** A table as the JSON report shows it (report-format.md), with its item and group counts. */
export interface TableSummary {
  sheet: string;
  kind: TableKind;
  title: string | null;
  headerRows: [number, number];
  dataRows: [number, number];
  totalsRow: number | null;
  columns: Partial<Record<Role, string>>;
  fundingColumns: Record<string, string>;
  moneyUnit: string | null;
  items: number;
  groups: number;
  subtotalRows: number[];
  categoryRows: number[];
  repeatedHeaderRows: number[];
  blankRows: number[];
  continuationRows: number[];
  noteRows: number[];
}

function sheetRows(kinds: Map<number, RowKind>, kind: RowKind): number[] {
  return [...kinds]
    .filter(([, k]) => k === kind)
    .map(([r]) => r + 1)
    .sort((a, b) => a - b);
}

export function summarizeTable(model: TableModel): TableSummary {
  const { table } = model;
  const columns: Partial<Record<Role, string>> = {};
  for (const role of ALL_ROLES) {
    const col = table.roleColumns.get(role);
    if (col !== undefined) columns[role] = columnLetter(col);
  }
  // Object.fromEntries defines own properties: a header reading `__proto__` stays a plain key
  const fundingColumns: Record<string, string> = Object.fromEntries(
    table.fundingColumns.map((col) => {
      const header =
        table.columns.find((c) => c.col === col)?.header.replace(/\s+/g, "") ?? columnLetter(col);
      return [header, columnLetter(col)];
    })
  );
  return {
    sheet: table.sheet,
    kind: table.kind,
    title: table.title,
    headerRows: [table.headerTop + 1, table.headerBottom + 1],
    dataRows: [table.dataTop + 1, table.dataBottom + 1],
    totalsRow: table.totalsRow === null ? null : table.totalsRow + 1,
    columns,
    fundingColumns,
    moneyUnit: table.moneyUnit,
    items: model.items.length,
    groups: model.groups.length,
    subtotalRows: sheetRows(table.rowKinds, "subtotal"),
    categoryRows: sheetRows(table.rowKinds, "category"),
    repeatedHeaderRows: sheetRows(table.rowKinds, "repeatedHeader"),
    blankRows: sheetRows(table.rowKinds, "blank"),
    continuationRows: sheetRows(table.rowKinds, "continuation"),
    noteRows: table.noteRows.map((r) => r + 1),
  };
}
