import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { ZipPart, writeZip } from './zipWriter';

/**
 * The reliability corpus: files as they arrive from departments when something is wrong with them,
 * written by script into a folder (nothing binary is committed). Each says whether Taizhang must
 * refuse it (exit 2, one line naming the reason) or report on it (odd, but a ledger).
 */
export interface CorpusFile {
  name: string;
  /** `refuse`: exit 2 and a message matching `reason`; `report`: a report (exit 0 or 1). */
  outcome: 'refuse' | 'report';
  /** What the one-line message (Chinese) must say. */
  reason?: RegExp;
}

/** Cells as the sheet builder takes them: text, a number, or a formula with its cached value. */
type Spec = string | number | null | { f: string; v: string | number; error?: boolean };

const HEADERS = ['序号', '项目名称', '牵头单位', '计划投资（万元）', '完成投资（万元）', '完成时限', '进展情况'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(spec: Spec, ref: string): string {
  if (spec === null || spec === '') return '';
  if (typeof spec === 'number') return `<c r="${ref}"><v>${spec}</v></c>`;
  if (typeof spec === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(spec)}</t></is></c>`;
  const type = spec.error ? ' t="e"' : typeof spec.v === 'string' ? ' t="str"' : '';
  return `<c r="${ref}"${type}><f>${escapeXml(spec.f)}</f><v>${escapeXml(String(spec.v))}</v></c>`;
}

function rowXml(cells: Spec[], r: number): string {
  return `<row r="${r + 1}">${cells.map((c, i) => cellXml(c, `${columnName(i)}${r + 1}`)).join('')}</row>`;
}

/** A worksheet's XML from rows (rows may be a generator for large sheets), with merged areas. */
function sheetXml(rows: Iterable<Spec[]>, merges: string[] = []): string {
  const parts: string[] = [];
  let r = 0;
  for (const cells of rows) parts.push(rowXml(cells, r++));
  const mergeXml = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData>${mergeXml}</worksheet>`;
}

/** The parts of a one-sheet .xlsx around a sheet's XML (inline strings: no shared strings part). */
function xlsxParts(sheet: string): ZipPart[] {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ];
}

function xlsx(rows: Iterable<Spec[]>, merges: string[] = []): Uint8Array {
  return writeZip(xlsxParts(sheetXml(rows, merges)));
}

function ledgerRow(i: number, progress = `已完成第${i}项工程的主体施工`): Spec[] {
  return [i, `民生实事项目${i}`, `县住建局${i % 7}科`, 100 + (i % 50), 60 + (i % 40), '2025年12月底前', progress];
}

function* ledgerRows(count: number, rowOf: (i: number) => Spec[] = (i) => ledgerRow(i), headers: Spec[] = HEADERS): Generator<Spec[]> {
  yield ['2025年民生实事项目推进情况表'];
  yield headers;
  for (let i = 1; i <= count; i++) yield rowOf(i);
}

/** Seeded bytes (a linear congruential generator): the same "random" file on every run. */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** An Office file encrypted with a password, as Excel saves it: an OLE container with the package encrypted inside. */
function encryptedWorkbook(): Uint8Array {
  const cfb = XLSX.CFB.utils.cfb_new();
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.from(randomBytes(8192, 7)));
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

function wordDocument(): Uint8Array {
  return writeZip([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: 'word/document.xml', data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>关于报送民生实事进展情况的通知</w:t></w:r></w:p></w:body></w:document>' },
  ]);
}

const LONG_TEXT = '已完成道路硬化和管网改造，正在进行绿化施工；'.repeat(1500).slice(0, 32_767);

const CSV_TEXT = [HEADERS.join(','), ...Array.from({ length: 5 }, (_, i) => ledgerRow(i + 1).join(','))].join('\r\n') + '\r\n';

/** Writes the corpus into `dir` and lists it. Large files take a few seconds; write once per test file. */
export async function writeCorpus(dir: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const put = (name: string, bytes: Uint8Array, outcome: CorpusFile['outcome'], reason?: RegExp): void => {
    fs.writeFileSync(path.join(dir, name), bytes);
    files.push({ name, outcome, reason });
  };
  const ordinary = xlsx(ledgerRows(6));
  put('empty.xlsx', new Uint8Array(), 'refuse', /文件是空的/);
  put('random-bytes.xlsx', randomBytes(64 * 1024, 42), 'refuse', /不是 Excel 工作簿/);
  put('word-renamed.xlsx', wordDocument(), 'refuse', /Word 文档/);
  put('truncated.xlsx', ordinary.subarray(0, Math.floor(ordinary.length * 0.6)), 'refuse', /损坏或不完整/);
  const broken = xlsxParts(sheetXml(ledgerRows(3)));
  broken[4] = { name: 'xl/worksheets/sheet1.xml', data: '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>项目<' };
  put('malformed-xml.xlsx', writeZip(broken), 'report');
  put('encrypted.xlsx', encryptedWorkbook(), 'refuse', /设置了打开密码/);
  put('zip-bomb.xlsx', writeZip([...xlsxParts(sheetXml(ledgerRows(2))).slice(0, 4), { name: 'xl/worksheets/sheet1.xml', deflated: await bombPart(320 * 1024 * 1024) }]), 'refuse', /解压后超过 \d+ MB 的上限/);
  put('many-parts.xlsx', writeZip(xlsxParts(sheetXml(ledgerRows(2))), { repeatFirst: 20_000 }), 'refuse', /部件超过 10,000 个的上限/);
  put('rows-200k.xlsx', xlsx(ledgerRows(200_000)), 'refuse', /有 1,400,008 个单元格，超过 1,000,000 个的上限/);
  // 20,000 merged areas over 4,000 rows: five per row, so the merges, not the item count, are the load
  const mergedPairs = ['H', 'J', 'L', 'N', 'P'];
  put(
    'merges-20k.xlsx',
    xlsx(
      ledgerRows(4_000, (i) => [...ledgerRow(i), `备注${i}`, null, ...Array<null>(8).fill(null)], [...HEADERS, '备注', null]),
      Array.from({ length: 4_000 }, (_, i) => mergedPairs.map((left) => `${left}${i + 3}:${String.fromCharCode(left.charCodeAt(0) + 1)}${i + 3}`)).flat(),
    ),
    'report',
  );
  put('long-cell.xlsx', xlsx(ledgerRows(3, (i) => ledgerRow(i, LONG_TEXT))), 'report');
  put('ref-errors.xlsx', xlsx([...ledgerRows(3), ['合计', null, null, { f: 'SUM(#REF!)', v: '#REF!', error: true }, { f: '#REF!+E3', v: '#REF!', error: true }]]), 'report');
  put('serial-dates.xlsx', xlsx(ledgerRows(4, (i) => [i, `民生实事项目${i}`, '县民政局', 100, 50, 45991 + i, '推进中'])), 'report');
  put('proto-headers.xlsx', xlsx([[...HEADERS.slice(0, 3), '计划投资', null, null, '进展情况'], [null, null, null, '__proto__', 'constructor', 'toString', null], ...[1, 2, 3].map((i) => [i, `项目${i}`, '县财政局', 10, 20, 30, '推进中'])], ['D1:F1', 'A1:A2', 'B1:B2', 'C1:C2', 'G1:G2']), 'report');
  put('no-table.xlsx', xlsx([['关于做好2025年民生实事工作的通知'], ['各乡镇、各部门：'], ['现将有关事项通知如下，请认真贯彻落实。']]), 'report');
  put('gbk.csv', new Uint8Array(iconv.encode(CSV_TEXT, 'gbk')), 'report');
  return files;
}

/** A sheet part that inflates to `size` bytes of zeros: about a thousandth of that on disk. */
async function bombPart(size: number): Promise<NonNullable<ZipPart['deflated']>> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const finished = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = zlib.crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  return { bytes: new Uint8Array(Buffer.concat(out)), size, crc };
}
