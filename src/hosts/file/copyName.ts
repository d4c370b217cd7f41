import { fileKindOf } from "./readWorkbook";

/**
 * `台账.xlsx` → `台账.台账助手.xlsx`: the name of the annotated copy. A macro workbook keeps its
 * `.xlsm` (its macros come through); an .xls or .csv becomes an .xlsx.
 */
export function annotatedCopyName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|csv|txt)$/i, "");
  return `${base}.台账助手.${/\.xlsm$/i.test(fileName) ? "xlsm" : "xlsx"}`;
}

/**
 * `台账.xlsx` → `台账.2025-04.xlsx`: the name of the copy for the next period, the period as `--period`
 * writes it. A macro workbook keeps its `.xlsm`; an .xls or .csv becomes an .xlsx.
 */
export function nextPeriodCopyName(fileName: string, period: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls|csv|txt)$/i, "");
  return `${base}.${period}.${/\.xlsm$/i.test(fileName) ? "xlsm" : "xlsx"}`;
}

/** The input is no .xlsx package, so its copy is a new .xlsx built from what was read. */
export function copyIsConverted(fileName: string): boolean {
  return fileKindOf(fileName) !== "xlsx";
}
