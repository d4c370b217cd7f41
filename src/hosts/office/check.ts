import { CheckOptions, CheckResult, checkWorkbook } from "../../core/check";
import { SheetSnapshot, readSnapshot } from "./readSheet";

/** A check of the active sheet, kept so the pane can write, fix and undo from it. */
export interface OfficeCheck {
  snapshot: SheetSnapshot;
  result: CheckResult;
}

/** Reads the active (or named) sheet (one request for most ledgers) and runs the whole engine on it. */
export async function checkSheet(
  context: Excel.RequestContext,
  options: CheckOptions,
  sheetName?: string
): Promise<OfficeCheck> {
  const snapshot = await readSnapshot(context, sheetName);
  const result = checkWorkbook({ name: snapshot.grid.name, sheets: [snapshot.grid] }, options);
  return { snapshot, result };
}
