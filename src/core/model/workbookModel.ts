import { Grid, MergeIndex, Workbook } from "../grid";
import { detectTables } from "../detect/detectTables";
import { TableOverride, applyOverride, overrideFor } from "../detect/overrides";
import { DetectedTable } from "../detect/types";
import { Item, ItemGroup, readItems } from "./items";
import { InferredReportDate, ReportDateSource, inferReportDate, planYearOf } from "./reportDate";

export interface TableModel {
  table: DetectedTable;
  grid: Grid;
  /** The sheet's merged areas, indexed once for detection, the items and every rule. */
  merges: MergeIndex;
  items: Item[];
  groups: ItemGroup[];
  planYear: number | null;
}

export interface WorkbookModel {
  name: string;
  sheets: Grid[];
  tables: TableModel[];
  items: Item[];
  asOf: string;
  asOfSource: ReportDateSource;
  /** Where an inferred report date was read (`A2「截至时间：2023年6月30日」`), or null. */
  asOfFrom: string | null;
  planYear: number | null;
}

export interface ModelOptions {
  /** The report date the user gave (ISO), which wins over anything inferred. */
  asOf?: string;
  /** Today's date (ISO): the report date when neither given nor inferred. Hosts pass the clock in. */
  today: string;
  /** The user's corrections of column roles, table by table. */
  overrides?: readonly TableOverride[];
}

function yearFromItems(items: Item[]): number | null {
  let min: number | null = null;
  for (const item of items) {
    const m = /(20\d\d)/.exec(item.fields.year?.text ?? "");
    if (m && (min === null || Number(m[1]) < min)) min = Number(m[1]);
  }
  return min;
}

/** Detects every table of every sheet, reads its items and settles the report date. */
export function buildWorkbookModel(workbook: Workbook, options: ModelOptions): WorkbookModel {
  const tables: TableModel[] = [];
  const items: Item[] = [];
  for (const grid of workbook.sheets) {
    const merges = new MergeIndex(grid.merges);
    for (const table of detectTables(grid, merges)) {
      const override = overrideFor(table, options.overrides ?? []);
      if (override) applyOverride(table, override);
      const tableItems = readItems(grid, table, merges);
      // one push per item: spreading 200,000 items into push overflows the call stack
      for (const item of tableItems) {
        item.index = items.length;
        items.push(item);
      }
      const groups = [...new Set(tableItems.map((i) => i.group))];
      tables.push({
        table,
        grid,
        merges,
        items: tableItems,
        groups,
        planYear: planYearOf(table) ?? yearFromItems(tableItems),
      });
    }
  }
  const planYear = tables.find((t) => t.planYear !== null)?.planYear ?? null;
  let inferred: InferredReportDate | null = null;
  for (const t of tables) inferred = inferReportDate(t.table, t.planYear ?? planYear) ?? inferred;
  const asOf = options.asOf ?? inferred?.date ?? options.today;
  const asOfSource: ReportDateSource = options.asOf ? "flag" : inferred ? "title" : "today";
  return {
    name: workbook.name,
    sheets: workbook.sheets,
    tables,
    items,
    asOf,
    asOfSource,
    asOfFrom: asOfSource === "title" && inferred ? inferred.from : null,
    planYear: planYear ?? Number(asOf.slice(0, 4)),
  };
}
