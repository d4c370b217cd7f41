import { Area } from "../grid/address";
import { Grid, MergeIndex } from "../grid/grid";

/**
 * A sheet's merged areas, asked about cell after cell by detection and the model. Most columns of a
 * table are merged in its title and header rows only: below the last row any merge reaches in a
 * column, the answer is known without a look-up.
 */
export class MergedCells {
  readonly index: MergeIndex;
  /** Per column of the grid, the last row a merged area covers there (-1: none). */
  private readonly lastMergedRow: number[];

  constructor(grid: Grid) {
    this.index = new MergeIndex(grid.merges);
    this.lastMergedRow = new Array<number>(grid.colCount).fill(-1);
    for (const area of grid.merges) {
      for (let c = Math.max(area.left, 0); c <= Math.min(area.right, grid.colCount - 1); c++)
        this.lastMergedRow[c] = Math.max(this.lastMergedRow[c], area.bottom);
    }
  }

  areaAt(row: number, col: number): Area | undefined {
    // a column outside the grid is left to the index
    const last = this.lastMergedRow[col];
    return last !== undefined && row > last ? undefined : this.index.areaAt(row, col);
  }
}
