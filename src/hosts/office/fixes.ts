import { TEXT_FORMAT } from "../../core/report/columnPlan";
import { TotalsFormulaFix } from "../../core/report/fixes";
import { OfficeCheck } from "./check";
import { runRequests, stateBatches } from "./requests";
import { FixRecord, headFrom, headWith, loadHead, newAction } from "./state";
import { Batch, CALL_OVERHEAD_BYTES, packRequests } from "./writePlan";

/**
 * Applies fixes the user chose (each typed total replaced by its `=SUM()`), remembering the typed
 * figures so the fix can be undone like a write. Two requests: the cells and the undo state as they
 * are now (the check may be older than the user's last edit or Taizhang's last write), then the fix.
 */
export async function applyFixes(
  context: Excel.RequestContext,
  _check: OfficeCheck,
  fixes: TotalsFormulaFix[]
): Promise<void> {
  if (fixes.length === 0) return;
  // what the cells and the state hold now: the check may be older than the user's last edit or write
  const headSetting = loadHead(context);
  const cells = fixes.map((fix) => {
    const range = context.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
    range.load(["formulas", "numberFormat"]);
    return range;
  });
  await context.sync();
  const bySheet = new Map<string, { fix: TotalsFormulaFix; range: Excel.Range }[]>();
  fixes.forEach((fix, i) =>
    bySheet.set(fix.sheet, [...(bySheet.get(fix.sheet) ?? []), { fix, range: cells[i] }])
  );
  const records: FixRecord[] = [...bySheet].map(([sheet, sheetFixes]) => ({
    sheet,
    priorCells: sheetFixes.map(({ fix, range }) => {
      const content = range.formulas[0][0];
      return {
        address: fix.cell,
        content:
          typeof content === "number" || typeof content === "boolean"
            ? content
            : String(content ?? ""),
        numberFormat: String(range.numberFormat[0][0] ?? "General"),
      };
    }),
  }));
  const { chunks, summary } = newAction({ kind: "fix", fixes: records }, [], []);
  const { id } = summary;
  const { head, dropped } = headWith(headFrom(headSetting), summary);
  const write: Batch = {
    bytes: CALL_OVERHEAD_BYTES * 2 * fixes.length,
    queue: (ctx) => {
      fixes.forEach((fix, i) => {
        const range = ctx.workbook.worksheets.getItem(fix.sheet).getRange(fix.cell);
        // a total formatted as text would keep the formula as text
        if (cells[i].numberFormat[0][0] === TEXT_FORMAT) range.numberFormat = [["General"]];
        range.formulas = [[fix.formula]];
      });
    },
  };
  await runRequests(
    context,
    packRequests([...stateBatches(id, chunks, head, dropped), write]),
    fixes[0].sheet
  );
}
