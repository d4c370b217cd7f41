import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { cellAddress } from '../../src/core/grid';
import { fillWorkbook } from '../../src/hosts/file/fill';
import { nextPeriodWorkbook } from '../../src/hosts/file/next';
import { readWorkbookBytes } from '../../src/hosts/file/readWorkbook';
import { packageParts, partText } from '../helpers/packageParts';

const EXAMPLE = new Uint8Array(readFileSync(join(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx')));
const OPTIONS = { today: '2026-11-23' };
const SHEET = 'xl/worksheets/sheet1.xml';

/** The notes of the copy's first sheet, by cell, as SheetJS reads them. */
function notesOf(bytes: Uint8Array): Map<string, string> {
  const book = XLSX.read(bytes);
  const sheet = book.Sheets[book.SheetNames[0]];
  const notes = new Map<string, string>();
  for (const [address, cell] of Object.entries(sheet)) {
    const comments = (cell as XLSX.CellObject).c;
    if (!address.startsWith('!') && comments) notes.set(address, comments.map((c) => c.t).join('\n'));
  }
  return notes;
}

function textAt(bytes: Uint8Array, address: string): string {
  const book = XLSX.read(bytes);
  return String(book.Sheets[book.SheetNames[0]][address]?.v ?? '');
}

/** Parts of the copy that differ from the input's. */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const original = packageParts(before);
  const copy = packageParts(after);
  const names = new Set([...Object.keys(original), ...Object.keys(copy)]);
  return [...names].filter((name) => !original[name] || !copy[name] || !Buffer.from(original[name]).equals(Buffer.from(copy[name]))).sort();
}

describe('nextPeriodWorkbook on the example ledger', () => {
  const result = nextPeriodWorkbook(EXAMPLE, 'sample-ledger.xlsx', OPTIONS);
  const bytes = result.bytes!;
  const emptied = result.plan.sheets[0].notes;

  it('moves the title and the progress header on, keeping their formats', () => {
    expect(textAt(bytes, 'A1')).toBe('示例县2025年民生实事项目推进情况表（1-7月份）');
    expect(textAt(bytes, 'J2')).toBe('1-7月份推进情况');
    const style = (xml: string, ref: string): string | undefined => new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`).exec(xml)?.[1];
    const before = partText(packageParts(EXAMPLE), SHEET);
    const after = partText(packageParts(bytes), SHEET);
    expect(style(after, 'A1')).toBe(style(before, 'A1'));
    expect(style(after, 'J2')).toBe(style(before, 'J2'));
  });

  it('empties the progress cells, each note holding the text it had', () => {
    expect(emptied.length).toBeGreaterThan(5);
    const notes = notesOf(bytes);
    const original = readWorkbookBytes(EXAMPLE, 'sample-ledger.xlsx').sheets[0];
    for (const note of emptied) {
      const address = cellAddress(note.row, note.col);
      expect(textAt(bytes, address)).toBe('');
      expect(notes.get(address)).toContain(String(original.cells[note.row][note.col]?.value));
    }
  });

  it('changes only the sheet, its relationships, its new notes and drawing, and the list of parts', () => {
    expect(changedParts(EXAMPLE, bytes)).toEqual([
      '[Content_Types].xml',
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      SHEET,
    ]);
  });

  it('is read back with the same items and the next month’s report date', () => {
    const copy = nextPeriodWorkbook(bytes, 'copy.xlsx', OPTIONS);
    expect(copy.check.model.asOf).toBe('2025-07-31');
    expect(copy.check.model.items.map((i) => i.group.name)).toEqual(result.check.model.items.map((i) => i.group.name));
  });
});

describe('nextPeriodWorkbook on a copy Taizhang filled', () => {
  const filled = fillWorkbook(EXAMPLE, 'sample-ledger.xlsx', { ...OPTIONS, asOf: '2025-06-30' }).bytes!;
  const result = nextPeriodWorkbook(filled, 'sample-ledger.台账助手.xlsx', OPTIONS);
  const bytes = result.bytes!;
  const sheet = partText(packageParts(bytes), SHEET);

  it('removes Taizhang’s columns, their merges, highlighting and data bar', () => {
    expect(result.plan.sheets[0].removed.map((c) => c.header)).toEqual(['完成率', '序时进度', '进度状态', '本期计划', '下期计划', '校验提示']);
    for (const column of ['N', 'O', 'P', 'Q', 'R', 'S']) expect(sheet).not.toMatch(new RegExp(`<c r="${column}\\d+"`));
    expect(sheet).not.toContain('<conditionalFormatting');
    expect(sheet).not.toMatch(/<mergeCell ref="[N-S]/);
    const again = nextPeriodWorkbook(bytes, 'copy.xlsx', OPTIONS);
    expect(again.check.model.tables[0].table.columns.filter((c) => c.output)).toEqual([]);
  });

  it('drops the notes of last period’s findings and writes its own', () => {
    const notes = [...notesOf(bytes).values()];
    expect(notes.some((n) => n.startsWith('台账助手'))).toBe(false);
    expect(notes.filter((n) => n.startsWith('上期推进情况：'))).toHaveLength(result.plan.emptied);
  });

  it('keeps the styles list as it was', () => {
    expect(changedParts(filled, bytes)).not.toContain('xl/styles.xml');
  });
});

describe('nextPeriodWorkbook on a sheet with the user’s own notes', () => {
  const plain = nextPeriodWorkbook(EXAMPLE, 'sample-ledger.xlsx', OPTIONS);
  const [onProgress, elsewhere] = [plain.plan.sheets[0].notes[0], { row: 4, col: 2 }];
  const withNotes = (() => {
    const parts = unzipSync(nextPeriodWorkbook(EXAMPLE, 'sample-ledger.xlsx', OPTIONS).bytes!);
    const comments = strFromU8(parts['xl/comments1.xml'])
      .replace('<authors>', '<authors><author>科员</author>')
      .replace(/authorId="0"/g, 'authorId="1"')
      .replace(
        '<commentList>',
        `<commentList><comment ref="${cellAddress(elsewhere.row, elsewhere.col)}" authorId="0"><text><r><t>请核实</t></r></text></comment>`
      );
    return zipSync({ ...parts, 'xl/comments1.xml': strToU8(comments) });
  })();

  it('keeps the user’s notes and replaces its own notes of an earlier run', () => {
    const again = nextPeriodWorkbook(withNotes, 'sample-ledger.2025-07.xlsx', OPTIONS, readWorkbookBytes(EXAMPLE, 'sample-ledger.xlsx'));
    const notes = notesOf(again.bytes!);
    expect(notes.get(cellAddress(elsewhere.row, elsewhere.col))).toBe('请核实');
    expect(notes.get(cellAddress(onProgress.row, onProgress.col))).toBe(onProgress.text);
    expect([...notes.values()].filter((n) => n.startsWith('上期'))).toHaveLength(plain.plan.sheets[0].notes.length);
  });

  it('leaves a note the user put on a progress cell, adding none beside it', () => {
    const parts = unzipSync(EXAMPLE);
    const address = cellAddress(onProgress.row, onProgress.col);
    const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>科员</author></authors><commentList><comment ref="${address}" authorId="0"><text><r><t>数据待核</t></r></text></comment></commentList></comments>`;
    const rels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>';
    const types = strFromU8(parts['[Content_Types].xml']).replace(
      '</Types>',
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>'
    );
    const noted = zipSync({
      ...parts,
      'xl/comments1.xml': strToU8(comments),
      'xl/worksheets/_rels/sheet1.xml.rels': strToU8(rels),
      '[Content_Types].xml': strToU8(types),
    });
    const copy = nextPeriodWorkbook(noted, 'noted.xlsx', OPTIONS).bytes!;
    const notes = notesOf(copy);
    expect(notes.get(address)).toBe('数据待核');
    expect(notes.size).toBe(plain.plan.sheets[0].notes.length);
    expect(textAt(copy, address)).toBe('');
  });
});
