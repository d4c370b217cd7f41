import ExcelJS from 'exceljs';
import { mergeArea } from '../../src/hosts/file/linearMerges';

const area = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

function mergesOf(sheet: ExcelJS.Worksheet): string[] {
  return [...((sheet.model.merges ?? []) as string[])].sort();
}

describe('mergeArea (merges without ExcelJS comparing each with all)', () => {
  it('merges disjoint areas as ExcelJS does, values and master cells included', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('s');
    sheet.getCell('A1').value = '项目';
    mergeArea(sheet, area(0, 0, 1, 0), false);
    mergeArea(sheet, area(0, 1, 0, 2), true);
    expect(mergesOf(sheet)).toEqual(['A1:A2', 'B1:C1']);
    expect(sheet.getCell('A2').isMerged).toBe(true);
    expect(sheet.getCell('A2').master.address).toBe('A1');
    expect(sheet.getCell('A2').value).toBe('项目');
  });

  it('refuses an area overlapping a merge, at its master or inside it, and leaves the sheet as it was', () => {
    const sheet = new ExcelJS.Workbook().addWorksheet('s');
    mergeArea(sheet, area(1, 1, 3, 2), false);
    expect(() => mergeArea(sheet, area(0, 0, 1, 1), false)).toThrow('Cannot merge already merged cells');
    expect(() => mergeArea(sheet, area(3, 2, 4, 2), false)).toThrow('Cannot merge already merged cells');
    expect(mergesOf(sheet)).toEqual(['B2:C4']);
  });

  it('reads a file with thousands of merges and keeps every one', async () => {
    const source = new ExcelJS.Workbook();
    const sheet = source.addWorksheet('台账');
    for (let i = 0; i < 3000; i++) {
      sheet.getCell(i * 2 + 1, 1).value = `项目${i}`;
      sheet.mergeCells(i * 2 + 1, 1, i * 2 + 2, 1);
    }
    const bytes = await source.xlsx.writeBuffer();
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes);
    const merges = mergesOf(read.getWorksheet('台账')!);
    expect(merges).toHaveLength(3000);
    expect(merges).toContain('A5999:A6000');
    expect(read.getWorksheet('台账')!.getCell('A6000').master.address).toBe('A5999');
  });
});
