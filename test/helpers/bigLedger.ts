import { Area, Cell, Grid, Workbook, cellText, createGrid, setCell } from '../../src/core/grid';
import { readShared } from './workbooks';

/**
 * A lianshui-shaped ledger with `items` projects: lianshui's own title, two header rows and typed
 * totals row, then its 50 project rows repeated (so text lengths are the real ones: 任务明细 of a
 * few dozen characters, 进度计划 of four quarters), renumbered and renamed so no two items are the
 * same, categories merged down over every 50 rows, and the totals row typed as the column sums.
 */
export function bigLianshui(items: number): Workbook {
  const source = readShared('lianshui').sheets[0];
  const grid: Grid = createGrid(source.name, 4 + items, source.colCount);
  for (let r = 0; r < 4; r++) {
    source.cells[r].forEach((cell, c) => cell && setCell(grid, r, c, { ...cell }));
  }
  const merges: Area[] = source.merges.filter((m) => m.bottom < 4).map((m) => ({ ...m }));
  const sums = new Array<number>(source.colCount).fill(0);
  for (let i = 0; i < items; i++) {
    const from = 4 + (i % 50);
    const row = 4 + i;
    source.cells[from].forEach((cell, c) => {
      if (!cell || c === 0) return;
      let copy: Cell = { ...cell };
      if (c === 1) copy = { value: i + 1 };
      if (c === 2) copy = { value: `${cellText(cell)}（第${Math.floor(i / 50) + 1}批）` };
      if (typeof copy.value === 'number' && c >= 5 && c <= 10) sums[c] += copy.value;
      setCell(grid, row, c, copy);
    });
    if (i % 50 === 0) {
      setCell(grid, row, 0, { value: `第${i / 50 + 1}类项目` });
      const bottom = Math.min(row + 49, 4 + items - 1);
      if (bottom > row) merges.push({ top: row, left: 0, bottom, right: 0 });
    }
  }
  setCell(grid, 3, 0, { value: `项目（合计：${items}个）` });
  for (let c = 5; c <= 10; c++) setCell(grid, 3, c, { value: Number(sums[c].toPrecision(12)) });
  grid.merges = merges;
  return { name: `big-${items}.xlsx`, sheets: [grid] };
}
