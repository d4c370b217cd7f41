import { ReportDateSource } from "../model/reportDate";
import { WorkbookModel } from "../model/workbookModel";
import { TableSummary, summarizeTable } from "./tableSummary";

/** `taizhang inspect --format json`. */
export interface InspectReport {
  file: string;
  asOf: string;
  asOfSource: ReportDateSource;
  asOfFrom: string | null;
  planYear: number | null;
  tables: TableSummary[];
  summary: { items: number; tables: number };
}

export function buildInspectReport(model: WorkbookModel): InspectReport {
  return {
    file: model.name,
    asOf: model.asOf,
    asOfSource: model.asOfSource,
    asOfFrom: model.asOfFrom,
    planYear: model.planYear,
    tables: model.tables.map(summarizeTable),
    summary: { items: model.items.length, tables: model.tables.length },
  };
}
