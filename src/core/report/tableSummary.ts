import { columnLetter } from "../grid";
import { ALL_ROLES, Role } from "../detect/roles";
import { Signal, RowKind, TableKind } from "../detect/types";
import { Relation, RelationKind } from "../detect/relations";
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
  /** Per column letter: the roles it was given, how sure, and why. */
  evidence: Record<string, ColumnEvidenceSummary>;
  /** The arithmetic found in the figures, with the rows (or, for a totals row, the columns) that keep and break it. */
  relations: RelationSummary[];
  /** The indicators of a table that reports several side by side. */
  indicators: { label: string; target: string; actual: string; rate: string | null }[];
}

export interface ColumnEvidenceSummary {
  header: string;
  roles: Role[];
  funding: boolean;
  confidence: number;
  signals: Signal[];
}

export interface RelationSummary {
  id: string;
  kind: RelationKind;
  /** The arithmetic in letters and rows: `E = F + G + H + I`, `J = H ÷ G`, `4 = Σ 5–54`. */
  expression: string;
  /** Column sums and ratios: sheet rows; a totals row: column letters. */
  holds: (number | string)[];
  breaks: (number | string)[];
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
    evidence: Object.fromEntries(
      table.evidence.map((e) => [
        columnLetter(e.col),
        {
          header: table.columns.find((c) => c.col === e.col)?.header.replace(/\s+/g, "") ?? "",
          roles: e.roles,
          funding: e.funding,
          confidence: e.confidence,
          signals: e.signals,
        },
      ])
    ),
    relations: table.relations.map(summarizeRelation),
    indicators: table.indicators.map((i) => ({
      label: i.label,
      target: columnLetter(i.target),
      actual: columnLetter(i.actual),
      rate: i.rate === null ? null : columnLetter(i.rate),
    })),
  };
}

/** The arithmetic of a relation in column letters and sheet rows. */
export function relationExpression(relation: Relation): string {
  const letter = (col: number | undefined): string => (col === undefined ? "?" : columnLetter(col));
  if (relation.kind === "columnSum")
    return `${letter(relation.total)} = ${(relation.parts ?? []).map(letter).join(" + ")}`;
  if (relation.kind === "ratio")
    return `${letter(relation.rate)} = ${letter(relation.numerator)} ÷ ${letter(relation.denominator)}`;
  const rows = relation.rows ?? [];
  return `${(relation.totalRow ?? 0) + 1} = Σ ${(rows[0] ?? 0) + 1}–${(rows[rows.length - 1] ?? 0) + 1}`;
}

function summarizeRelation(relation: Relation): RelationSummary {
  const place = (n: number): number | string =>
    relation.kind === "rowSum" ? columnLetter(n) : n + 1;
  return {
    id: relation.id,
    kind: relation.kind,
    expression: relationExpression(relation),
    holds: relation.holds.map(place),
    breaks: relation.breaks.map(place),
  };
}
