import { TotalsFormulaFix } from "../../core/report/fixes";
import { TEXT_FORMAT } from "../../core/report/columnPlan";
import { WorkbookEditor, WriteOptions } from "./package/editor";
import { CellWrite, styleIndexAt } from "./package/sheetXml";

/**
 * Each typed total becomes its `=SUM()`, with the sum as its cached value so a reader sees it at
 * once, in a copy of the workbook; a total formatted as text gets its format as General, since a
 * formula in a text cell stays text. Nothing else in the package changes.
 */
export function replaceTotalsByFormulas(
  bytes: Uint8Array,
  fileName: string,
  fixes: readonly TotalsFormulaFix[],
  options: WriteOptions = {}
): Uint8Array {
  const editor = new WorkbookEditor(bytes, fileName, options);
  for (const sheet of new Set(fixes.map((f) => f.sheet))) {
    editor.editSheet(sheet, (xml) => {
      const cells = fixes
        .filter((f) => f.sheet === sheet)
        .map((fix): CellWrite => {
          const { row, col } = fix;
          const style = styleIndexAt(xml, row, col);
          const asNumber =
            editor.styles.numberFormatOf(style) === TEXT_FORMAT
              ? editor.styles.derivedFormat(style, "General", false)
              : style;
          return { row, col, style: asNumber, value: fix.computed, formula: fix.formula };
        });
      return {
        cells,
        columns: [],
        unmerge: () => false,
        merges: [],
        dropFormatting: () => false,
        formatting: () => [],
      };
    });
  }
  return editor.toBytes();
}
