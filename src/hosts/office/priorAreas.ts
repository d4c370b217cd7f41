/** Reading what a write is about to cover, as the undo state keeps it. */
import { Area, areaAddress } from "../../core/grid";
import { PriorArea } from "./state";

/** Cells whose formats one request reads back (getCellProperties answers ~600 bytes a cell). */
const PRIOR_CELLS_PER_REQUEST = 4_000;

const PRIOR_FORMAT: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: {
      bold: true,
      italic: true,
      color: true,
      name: true,
      size: true,
      underline: true,
      strikethrough: true,
    },
    borders: { style: true, color: true, weight: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

interface PriorSlice {
  area: Area;
  range: Excel.Range;
  properties: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Queues reading rectangles of cells (contents, number formats, formats), a request's worth at a time. */
export class PriorReader {
  private readonly waiting: Area[] = [];
  readonly slices: PriorSlice[] = [];

  constructor(private readonly sheet: Excel.Worksheet) {}

  add(area: Area): void {
    const width = area.right - area.left + 1;
    const rows = Math.max(1, Math.floor(PRIOR_CELLS_PER_REQUEST / width));
    for (let top = area.top; top <= area.bottom; top += rows) {
      this.waiting.push({ ...area, top, bottom: Math.min(area.bottom, top + rows - 1) });
    }
  }

  /** Queues as many slices as one request should carry; false when none was left. */
  queueNext(): boolean {
    let cells = 0;
    let queued = false;
    while (this.waiting.length > 0) {
      const area = this.waiting[0];
      const count = (area.bottom - area.top + 1) * (area.right - area.left + 1);
      if (queued && cells + count > PRIOR_CELLS_PER_REQUEST) break;
      this.waiting.shift();
      const range = this.sheet.getRange(areaAddress(area));
      range.load(["formulas", "numberFormat"]);
      this.slices.push({ area, range, properties: range.getCellProperties(PRIOR_FORMAT) });
      cells += count;
      queued = true;
    }
    return queued;
  }

  /** The slices as stored for undo: contents, number formats, and formats as a palette. */
  priorAreas(): PriorArea[] {
    return this.slices.map(({ area, range, properties }) => {
      const palette = new Map<string, number>();
      const formats: Excel.CellPropertiesFormat[] = [];
      const formatIndex = properties.value.map((row) =>
        row.map((cell) => {
          const format = { ...cell.format };
          // a cell without a fill reads as white: leave its fill alone rather than paint it white
          if (format.fill?.pattern === "None") delete format.fill;
          const key = JSON.stringify(format);
          let index = palette.get(key);
          if (index === undefined) {
            index = formats.length;
            formats.push(format);
            palette.set(key, index);
          }
          return index;
        })
      );
      return {
        area: areaAddress(area),
        contents: range.formulas.map((row) =>
          row.map((v) => (typeof v === "number" || typeof v === "boolean" ? v : String(v ?? "")))
        ),
        numberFormats: range.numberFormat.map((row) => row.map((f) => String(f ?? "General"))),
        formats,
        formatIndex,
      };
    });
  }
}
