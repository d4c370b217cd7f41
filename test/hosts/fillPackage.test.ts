import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { capture } from '../helpers/cli';

const GENERIC = path.resolve(__dirname, '..', '..', '..', 'shared', 'fidelity', 'generic');
const EXAMPLE = path.resolve(__dirname, '..', '..', 'assets', 'examples', 'sample-ledger.xlsx');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taizhang-package-'));

function copyInto(source: string, name: string): { folder: string; file: string } {
  const folder = fs.mkdtempSync(path.join(dir, 'case-'));
  const file = path.join(folder, name);
  fs.copyFileSync(source, file);
  return { folder, file };
}

describe('taizhang fill on a workbook with no ledger table', () => {
  it('writes no copy, exits 2 and says so in one line', async () => {
    const { folder, file } = copyInto(path.join(GENERIC, 'merge_cells.xlsx'), 'merge_cells.xlsx');
    const { code, stdout, stderr } = await capture(['fill', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('taizhang: 未找到可识别的台账表格，未写入任何文件');
    expect(fs.readdirSync(folder)).toEqual(['merge_cells.xlsx']);
  });
});

describe('taizhang fill on a macro workbook', () => {
  it('keeps the macros and the .xlsm extension', async () => {
    // the example ledger inside a macro package: its sheet and styles, plus a macro project part
    const example = unzipSync(new Uint8Array(fs.readFileSync(EXAMPLE)));
    const vba = unzipSync(new Uint8Array(fs.readFileSync(path.join(GENERIC, 'BlankSheetTypes.xlsm'))))['xl/vbaProject.bin'];
    const types = strFromU8(example['[Content_Types].xml'])
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
    const rels = strFromU8(example['xl/_rels/workbook.xml.rels']).replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
    );
    const macro = zipSync({ ...example, '[Content_Types].xml': strToU8(types), 'xl/_rels/workbook.xml.rels': strToU8(rels), 'xl/vbaProject.bin': vba });
    const folder = fs.mkdtempSync(path.join(dir, 'xlsm-'));
    const file = path.join(folder, '推进台账.xlsm');
    fs.writeFileSync(file, macro);
    const { stdout, stderr } = await capture(['fill', file]);
    expect(stderr).toBe('');
    const written = path.join(folder, '推进台账.台账助手.xlsm');
    expect(stdout).toContain(`已写入：${written}`);
    const copy = unzipSync(new Uint8Array(fs.readFileSync(written)));
    expect(Buffer.from(copy['xl/vbaProject.bin']).equals(Buffer.from(vba))).toBe(true);
    expect(strFromU8(copy['[Content_Types].xml'])).toContain('macroEnabled.main+xml');
    const sheet = XLSX.read(fs.readFileSync(written)).Sheets[XLSX.read(fs.readFileSync(written)).SheetNames[0]];
    expect(sheet.N2?.v).toBe('完成率');
  });
});

describe('taizhang fill on an .xls or .csv', () => {
  it('says the copy is a new .xlsx', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'csv-'));
    const file = path.join(folder, '台账.csv');
    const book = XLSX.read(fs.readFileSync(EXAMPLE));
    fs.writeFileSync(file, XLSX.utils.sheet_to_csv(book.Sheets[book.SheetNames[0]]));
    const { stdout } = await capture(['fill', file]);
    expect(stdout).toContain('不是 .xlsx，副本另存为新的 .xlsx 工作簿');
    expect(fs.existsSync(path.join(folder, '台账.台账助手.xlsx'))).toBe(true);
  });
});
