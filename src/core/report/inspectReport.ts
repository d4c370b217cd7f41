import { ReportDateSource } from "../model/reportDate";
import { WorkbookModel } from "../model/workbookModel";
import { TableSummary, summarizeTable } from "./tableSummary";

/** What every report opens with: the file, its report date and where that came from, its tables. */
export interface ReportHeader {
  file: string;
  asOf: string;
  asOfSource: ReportDateSource;
  asOfFrom: string | null;
  planYear: number | null;
  tables: TableSummary[];
}

export function reportHeader(model: WorkbookModel): ReportHeader {
  return {
    file: model.name,
    asOf: model.asOf,
    asOfSource: model.asOfSource,
    asOfFrom: model.asOfFrom,
    planYear: model.planYear,
    tables: model.tables.map(summarizeTable),
  };
}

/** `taizhang inspect --format json`. */
export interface InspectReport extends ReportHeader {
  summary: { items: number; tables: number };
}

export function buildInspectReport(model: WorkbookModel): InspectReport {
  return {
    ...reportHeader(model),
    summary: { items: model.items.length, tables: model.tables.length },
  };
}
