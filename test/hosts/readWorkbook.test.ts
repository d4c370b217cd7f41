import * as iconv from 'iconv-lite';
import { cellText } from '../../src/core/grid';
import { decodeCsvBytes, parseCsv } from '../../src/hosts/file/csv';
import { fileKindOf, readWorkbookBytes } from '../../src/hosts/file/readWorkbook';
import { readShared } from '../helpers/workbooks';

describe('CSV', () => {
  const text = '序号,项目名称,牵头单位\n1,"改造老旧小区，含""雨污分流""",住建局\n02,"两行\n文字",教育局\n\n3,,1234.5\n';

  it('reads quoted fields, doubled quotes, line breaks inside quotes and blank lines', () => {
    const grid = parseCsv(text, 'sheet');
    expect(grid.rowCount).toBe(5);
    expect(cellText(grid.cells[1][1])).toBe('改造老旧小区，含"雨污分流"');
    expect(cellText(grid.cells[2][1])).toBe('两行\n文字');
    expect(grid.cells[3].every((c) => c === undefined)).toBe(true);
    expect(grid.cells[4][2]?.value).toBe(1234.5);
  });

  it('keeps numbers with leading zeros as text, as Excel shows 编号 01', () => {
    const grid = parseCsv(text, 'sheet');
    expect(grid.cells[1][0]?.value).toBe(1);
    expect(grid.cells[2][0]?.value).toBe('02');
  });

  it('decodes GBK without a BOM, UTF-8 with and without one', () => {
    expect(decodeCsvBytes(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeCsvBytes(new TextEncoder().encode(text)).encoding).toBe('utf-8');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsvBytes(bom)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads tab-separated text', () => {
    const grid = parseCsv('序号\t名称\n1\t甲', 's');
    expect(cellText(grid.cells[1][1])).toBe('甲');
  });
});

describe('spreadsheet files', () => {
  it('knows the kinds it reads by extension', () => {
    expect(fileKindOf('a.XLSX')).toBe('xlsx');
    expect(fileKindOf('台账.xls')).toBe('xls');
    expect(fileKindOf('台账.csv')).toBe('csv');
    expect(fileKindOf('台账.docx')).toBeNull();
  });

  it('reads values, merges and number formats of a real workbook', () => {
    const workbook = readShared('lianshui');
    expect(workbook.name).toBe('lianshui-2024-projects.xlsx');
    const sheet = workbook.sheets[0];
    expect(sheet.name).toBe('项目表');
    expect(sheet.rowCount).toBe(54);
    expect(cellText(sheet.cells[0][0])).toBe('2024年县政府民生实事项目表');
    expect(sheet.cells[3][5]?.value).toBe(69911.5);
    expect(sheet.merges).toContainEqual({ top: 1, left: 5, bottom: 1, right: 10 });
  });

  it('reads formulas without the leading = and error cells as errors', () => {
    const XLSX = jest.requireActual<typeof import('xlsx')>('xlsx');
    const sheet = XLSX.utils.aoa_to_sheet([['合计', 3], ['a', 1], ['b', 2]]);
    sheet['B1'] = { t: 'n', v: 3, f: 'SUM(B2:B3)' };
    sheet['C2'] = { t: 'e', v: 0x17, w: '#REF!' };
    sheet['!ref'] = 'A1:C3';
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 's');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const grid = readWorkbookBytes(bytes, 'f.xlsx').sheets[0];
    expect(grid.cells[0][1]).toMatchObject({ value: 3, formula: 'SUM(B2:B3)' });
    expect(grid.cells[1][2]).toMatchObject({ error: true, value: '#REF!' });
  });
});
