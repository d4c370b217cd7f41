import { Trait } from "./columnProfile";
import { Relation } from "./relations";
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
  /** The cells hold percents or rates (`95%`, `0.95` shown as a percent, numbers under a `%` header): never summed. */
  percent?: boolean;
  /** The role it takes when another column holds its first one (`目标任务` beside a name: the target). */
  otherwise?: Role;
  /** Its cells are mostly figures (counts, money, figures with units): a column sums may add up. */
  numeric?: boolean;
  /** The narrowest merged header above the column (the indicator of a by-place table). */
  indicator?: string;
}

/**
 * One indicator of a table that reports several side by side (a by-place table: 城镇新增就业 and
 * 再就业, each with its target, actual and rate columns): every row with a target is an item of it.
 */
export interface Indicator {
  label: string;
  target: number;
  actual: number;
  rate: number | null;
  /** Lower is better (`失业率低于`, `控制在…以内`): met at or under the target. */
  ceiling: boolean;
}

/** Why a column has its role: the header's words, what its cells hold, the arithmetic it takes part in. */
export type Signal =
  | { kind: "header"; text: string }
  | { kind: "content"; trait: Trait; count: number; of: number }
  | { kind: "relation"; relation: string };

export interface ColumnEvidence {
  col: number;
  roles: Role[];
  funding: boolean;
  /** 0–1: how sure detection is of the roles (the header and the cells agreeing is surest). */
  confidence: number;
  signals: Signal[];
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
  /** Each column's roles with the confidence and evidence behind them. */
  evidence: ColumnEvidence[];
  /** The arithmetic found to hold on most rows: sums of columns and of rows, ratios. */
  relations: Relation[];
  /** The indicators of a table that reports two or more side by side; empty otherwise. */
  indicators: Indicator[];
}
