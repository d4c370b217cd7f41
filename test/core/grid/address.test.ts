import { CellSet, areaAddress, cellAddress, columnIndex, columnLetter, parseAreaAddress, parseCellAddress } from '../../../src/core/grid';
import { MergeIndex, cellText, createGrid, effectiveCell, formatPlainNumber, setCell } from '../../../src/core/grid';

describe('A1 addresses', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s and back', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it('writes and reads cell and area addresses', () => {
    expect(cellAddress(16, 7)).toBe('H17');
    expect(parseCellAddress('$H$17')).toEqual({ row: 16, col: 7 });
    expect(areaAddress({ top: 4, left: 5, bottom: 53, right: 5 })).toBe('F5:F54');
    expect(areaAddress({ top: 3, left: 0, bottom: 3, right: 0 })).toBe('A4');
    expect(parseAreaAddress('F54:F5')).toEqual({ top: 4, left: 5, bottom: 53, right: 5 });
  });

  it('refuses what is not an address', () => {
    expect(() => parseCellAddress('17H')).toThrow(RangeError);
    expect(() => columnIndex('A1')).toThrow(RangeError);
  });
});

describe('grid cells', () => {
  it('shows a merged value in every cell the merge covers', () => {
    const grid = createGrid('s', 4, 3);
    setCell(grid, 0, 0, { value: '基层医疗服务提升工程' });
    grid.merges.push({ top: 0, left: 0, bottom: 3, right: 0 });
    const merges = new MergeIndex(grid.merges);
    expect(cellText(effectiveCell(grid, merges, 3, 0))).toBe('基层医疗服务提升工程');
    expect(effectiveCell(grid, merges, 3, 1)).toBeUndefined();
  });

  it('grows when a cell is set beyond its edge', () => {
    const grid = createGrid('s', 1, 1);
    setCell(grid, 4, 6, { value: 1 });
    expect(grid.rowCount).toBe(5);
    expect(grid.colCount).toBe(7);
  });

  it('prints numbers without floating-point residue or exponents', () => {
    expect(formatPlainNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatPlainNumber(69911.5)).toBe('69911.5');
    expect(formatPlainNumber(220000000)).toBe('220000000');
    expect(cellText({ value: 1e21 })).toBe('1000000000000000000000');
  });
});

describe('CellSet', () => {
  it('adds each cell of each sheet once', () => {
    const cells = new CellSet();
    expect(cells.add('项目表', { row: 4, col: 2 })).toBe(true);
    expect(cells.add('项目表', { row: 4, col: 2 })).toBe(false);
    expect(cells.add('项目表', { row: 2, col: 4 })).toBe(true);
    expect(cells.add('进度表', { row: 4, col: 2 })).toBe(true);
    // the last column of one row is not the first of the next
    expect(cells.add('项目表', { row: 0, col: 16383 })).toBe(true);
    expect(cells.add('项目表', { row: 1, col: 0 })).toBe(true);
  });
});
