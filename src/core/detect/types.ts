import { Role } from "./roles";

export type TableKind = "projects" | "targets" | "progress";

export interface ColumnInfo {
  col: number;
  /** The leaf header text as written (merged group headers resolved). */
  header: string;
  /** The group header above it, when a merged header spans several columns. */
  group?: string;
  roles: Role[];
  funding?: boolean;
  output?: boolean;
}

export type RowKind =
  "item" | "continuation" | "totals" | "subtotal" | "category" | "repeatedHeader" | "blank";

/** A table found in a sheet. Rows and columns are 0-based; the report turns them into sheet rows. */
export interface DetectedTable {
  sheet: string;
  kind: TableKind;
  titleRows: number[];
  title: string | null;
  subtitles: string[];
  headerTop: number;
  headerBottom: number;
  left: number;
  right: number;
  /** First and last row that hold items (the totals row is reported apart). */
  dataTop: number;
  dataBottom: number;
  totalsRow: number | null;
  rowKinds: Map<number, RowKind>;
  noteRows: number[];
  columns: ColumnInfo[];
  roleColumns: Map<Role, number>;
  fundingColumns: number[];
  outputColumns: number[];
  /** The money unit the headers or title state (`单位：万元`), if any. */
  moneyUnit: string | null;
}
