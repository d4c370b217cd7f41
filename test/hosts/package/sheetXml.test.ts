import { SheetEdit, editWorksheet, styleIndexAt } from '../../../src/hosts/file/package/sheetXml';

const NONE: SheetEdit = {
  cells: [],
  columns: [],
  unmerge: () => false,
  merges: [],
  dropFormatting: () => false,
  formatting: () => [],
};

const ws = (inner: string, prefix = ''): string =>
  `<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}</${prefix}worksheet>`;

describe('editWorksheet', () => {
  it.each([
    {
      what: 'a cell appended to its row, spans and dimension widened',
      xml: ws('<dimension ref="A1:B2"/><sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c></row></sheetData>'),
      edit: { ...NONE, cells: [{ row: 0, col: 3, style: 2, value: 0.5 }] },
      expected: ws('<dimension ref="A1:D2"/><sheetData><row r="1" spans="1:4"><c r="A1"><v>1</v></c><c r="D1" s="2"><v>0.5</v></c></row></sheetData>'),
    },
    {
      what: 'a cell put between cells in column order, and one replaced',
      xml: ws('<sheetData><row r="2"><c r="A2"/><c r="C2" t="s"><v>0</v></c><c r="E2"><v>9</v></c></row></sheetData>'),
      edit: { ...NONE, cells: [{ row: 1, col: 1, style: 0, value: 'x' }, { row: 1, col: 4, style: 0, value: null }] },
      expected: ws('<sheetData><row r="2"><c r="A2"/><c r="B2" t="inlineStr"><is><t xml:space="preserve">x</t></is></c><c r="C2" t="s"><v>0</v></c><c r="E2"/></row></sheetData>'),
    },
    {
      what: 'missing rows inserted in order, before and after the rows there',
      xml: ws('<sheetData><row r="3"><c r="A3"><v>3</v></c></row></sheetData>'),
      edit: { ...NONE, cells: [{ row: 0, col: 1, style: 0, value: 1 }, { row: 2, col: 1, style: 0, value: 2 }, { row: 5, col: 1, style: 0, value: 3 }] },
      expected: ws('<sheetData><row r="1"><c r="B1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><v>2</v></c></row><row r="6"><c r="B6"><v>3</v></c></row></sheetData>'),
    },
    {
      what: 'an empty sheet data, a self-closed row and a prefixed part',
      xml: ws('<x:sheetData><x:row r="1" ht="20" customHeight="1"/></x:sheetData>', 'x:'),
      edit: { ...NONE, cells: [{ row: 0, col: 0, style: 1, value: '<&">' }, { row: 1, col: 0, style: 1, value: 2 }] },
      expected: ws('<x:sheetData><x:row r="1" ht="20" customHeight="1"><x:c r="A1" s="1" t="inlineStr"><x:is><x:t xml:space="preserve">&lt;&amp;&quot;&gt;</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2" s="1"><x:v>2</x:v></x:c></x:row></x:sheetData>', 'x:'),
    },
    {
      what: 'cells and rows placed by position only get their address before anything moves',
      xml: ws('<sheetData><row><c><v>1</v></c><c><v>2</v></c></row></sheetData>'),
      edit: { ...NONE, cells: [{ row: 0, col: 0, style: 0, value: 5 }] },
      expected: ws('<sheetData><row r="1"><c r="A1"><v>5</v></c><c r="B1"><v>2</v></c></row></sheetData>'),
    },
    {
      what: 'a control character XML cannot hold dropped, tabs and line breaks kept',
      xml: ws('<sheetData/>'),
      edit: { ...NONE, cells: [{ row: 0, col: 0, style: 0, value: 'a\u0001b\tc\nd\uffff' }] },
      expected: ws('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">ab\tc\nd</t></is></c></row></sheetData>'),
    },
    {
      what: 'a formula with its cached value; text starting with = stays text',
      xml: ws('<sheetData/>'),
      edit: { ...NONE, cells: [{ row: 0, col: 0, style: 0, value: 6, formula: '=SUM(A2:A3)' }, { row: 0, col: 1, style: 0, value: '=1+1' }] },
      expected: ws('<sheetData><row r="1"><c r="A1"><f>SUM(A2:A3)</f><v>6</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c></row></sheetData>'),
    },
    {
      what: 'a column range split around a written column; a new column added in order',
      xml: ws('<cols><col min="1" max="5" width="9" style="3"/></cols><sheetData/>'),
      edit: { ...NONE, columns: [{ col: 2, width: 12, keepWidth: false }, { col: 7, width: 30, keepWidth: false }] },
      expected: ws('<cols><col min="1" max="2" width="9" style="3"/><col min="3" max="3" width="12" style="3" customWidth="1"/><col min="4" max="5" width="9" style="3"/><col min="8" max="8" width="30" customWidth="1"/></cols><sheetData/>'),
    },
    {
      what: 'a width the user gave a column of an earlier run kept',
      xml: ws('<cols><col min="3" max="3" width="20" customWidth="1"/></cols><sheetData/>'),
      edit: { ...NONE, columns: [{ col: 2, width: 12, keepWidth: true }] },
      expected: ws('<cols><col min="3" max="3" width="20" customWidth="1"/></cols><sheetData/>'),
    },
    {
      what: 'merges: own ones undone, new ones added, in the schema’s place before the page margins',
      xml: ws('<sheetData/><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="D1:D2"/></mergeCells><pageMargins left="0.7"/>'),
      edit: { ...NONE, unmerge: (a: { left: number }) => a.left === 3, merges: [{ top: 0, left: 4, bottom: 1, right: 4 }] },
      expected: ws('<sheetData/><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="E1:E2"/></mergeCells><pageMargins left="0.7"/>'),
    },
    {
      what: 'a first merge block placed before the highlighting and the page margins',
      xml: ws('<sheetData/><conditionalFormatting sqref="A1"><cfRule type="expression" priority="4"><formula>1</formula></cfRule></conditionalFormatting><pageMargins left="0.7"/>'),
      edit: { ...NONE, merges: [{ top: 0, left: 0, bottom: 1, right: 0 }], formatting: (first: number) => [`<conditionalFormatting sqref="B2"><cfRule priority="${first}"/></conditionalFormatting>`] },
      expected: ws('<sheetData/><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells><conditionalFormatting sqref="A1"><cfRule type="expression" priority="4"><formula>1</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="B2"><cfRule priority="5"/></conditionalFormatting><pageMargins left="0.7"/>'),
    },
    {
      what: 'an earlier run’s highlighting dropped, the user’s kept',
      xml: ws('<sheetData/><conditionalFormatting sqref="F2:F9"><cfRule priority="1"/></conditionalFormatting><conditionalFormatting sqref="A2:A9"><cfRule priority="2"/></conditionalFormatting>'),
      edit: { ...NONE, dropFormatting: (sqref: string) => sqref === 'F2:F9' },
      expected: ws('<sheetData/><conditionalFormatting sqref="A2:A9"><cfRule priority="2"/></conditionalFormatting>'),
    },
    {
      what: 'a cell’s text replaced and another emptied, each keeping its format; a shared string replaced by an inline one',
      xml: ws('<sheetData><row r="1"><c r="A1" s="3" t="s"><v>0</v></c><c r="B1" s="4" t="inlineStr"><is><t>旧</t></is></c><c r="C1"><v>1</v></c></row></sheetData>'),
      edit: { ...NONE, cells: [{ row: 0, col: 0, style: 'kept', value: '4月份推进情况' }, { row: 0, col: 1, style: 'kept', value: null }] },
      expected: ws('<sheetData><row r="1"><c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">4月份推进情况</t></is></c><c r="B1" s="4"/><c r="C1"><v>1</v></c></row></sheetData>'),
    },
    {
      what: 'cells removed with their format; no row made for a removal where the sheet has none; the dimension left',
      xml: ws('<dimension ref="A1:C2"/><sheetData><row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="C1" s="9" t="inlineStr"><is><t>完成率</t></is></c></row></sheetData>'),
      edit: { ...NONE, cells: [{ row: 0, col: 2, style: 0, value: null, removed: true }, { row: 1, col: 2, style: 0, value: null, removed: true }] },
      expected: ws('<dimension ref="A1:C2"/><sheetData><row r="1" spans="1:3"><c r="A1"><v>1</v></c></row></sheetData>'),
    },
    {
      what: 'a notes drawing pointed at, before the table parts, the namespace declared when missing',
      xml: ws('<sheetData/><tableParts count="0"/>'),
      edit: { ...NONE, legacyDrawing: 'rId9' },
      expected: ws('<sheetData/><legacyDrawing r:id="rId9"/><tableParts count="0"/>').replace('<worksheet', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'),
    },
  ])('$what', ({ xml, edit, expected }) => {
    expect(editWorksheet(xml, edit as SheetEdit)).toBe(expected);
  });
});

describe('styleIndexAt', () => {
  const xml = ws('<sheetData><row r="2"><c r="B2" s="4"/><c s="5"/></row><row r="4" s="7" customFormat="1"/></sheetData>');
  it.each([
    [1, 1, 4],
    [1, 2, 5],
    [1, 5, 0],
    [3, 0, 7],
    [0, 0, 0],
  ])('row %i col %i → %i', (row, col, style) => expect(styleIndexAt(xml, row, col)).toBe(style));
});
