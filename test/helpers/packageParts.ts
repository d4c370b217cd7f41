import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** Every part of a package, inflated, by name: what the tests compare written copies with. */
export function packageParts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(parts: Record<string, Uint8Array>, name: string): string {
  return parts[name] ? strFromU8(parts[name]) : '';
}

/** The worksheet part of the workbook's first worksheet (chart and dialog sheets skipped). */
export function firstWorksheet(parts: Record<string, Uint8Array>): { name: string; part: string } {
  const rels = partText(parts, 'xl/_rels/workbook.xml.rels');
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map(([tag]) => [/Id="([^"]*)"/.exec(tag)?.[1], /Type="([^"]*)"/.exec(tag)?.[1] ?? '', /Target="([^"]*)"/.exec(tag)?.[1] ?? ''] as const)
      .filter(([, type]) => type.endsWith('/worksheet'))
      .map(([id, , target]) => [id, target.replace(/^\/?(xl\/)?/, 'xl/')])
  );
  for (const [tag] of partText(parts, 'xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(tag)?.[1];
    const part = id ? targets.get(id) : undefined;
    if (part && parts[part]) return { name: unescape(/\sname="([^"]*)"/.exec(tag)?.[1] ?? ''), part };
  }
  throw new Error('no worksheet');
}

function unescape(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

/** The parsed pieces of a worksheet a write must keep: each cell's XML, each row's attributes, merges, columns. */
export interface SheetPieces {
  cells: Map<string, string>;
  rows: Map<string, Record<string, string>>;
  merges: Set<string>;
  cols: Map<number, Record<string, string>>;
  /** Everything outside the sheet data, merges, columns, highlighting and dimension, in order. */
  rest: string[];
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/\s([\w:]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

export function sheetPieces(xml: string): SheetPieces {
  const cells = new Map<string, string>();
  const rows = new Map<string, Record<string, string>>();
  for (const row of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const attrs = attributes(row[1]);
    rows.set(attrs.r, attrs);
    for (const cell of (row[2] ?? '').matchAll(/<(?:\w+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g)) {
      const ref = /\sr="([^"]*)"/.exec(cell[0])?.[1] ?? '';
      cells.set(ref, cell[0]);
    }
  }
  const merges = new Set([...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*ref="([^"]*)"/g)].map((m) => m[1]));
  const cols = new Map<number, Record<string, string>>();
  for (const [tag] of xml.matchAll(/<(?:\w+:)?col\b[^>]*>/g)) {
    const attrs = attributes(tag);
    for (let c = Number(attrs.min); c <= Number(attrs.max) && c <= 200; c++) {
      const { min: _min, max: _max, ...rest } = attrs;
      cols.set(c, rest);
    }
  }
  const rest = xml
    .replace(/<(?:\w+:)?sheetData(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/(?:\w+:)?sheetData>)/, '')
    .replace(/<(?:\w+:)?mergeCells\b[\s\S]*?<\/(?:\w+:)?mergeCells>/, '')
    .replace(/<(?:\w+:)?cols>[\s\S]*?<\/(?:\w+:)?cols>/, '')
    .replace(/<(?:\w+:)?conditionalFormatting\b[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g, '')
    .replace(/<(?:\w+:)?dimension\b[^>]*>/, '')
    .replace(/<(?:\w+:)?legacyDrawing\b[^>]*>/, '')
    .replace(/\sxmlns:r="[^"]*"/, '')
    .split(/(?=<)/);
  return { cells, rows, merges, cols, rest };
}

/** The used range's last row and column (1-based) of a worksheet, from its cells. */
export function usedExtent(xml: string): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [, letters, digits] of xml.matchAll(/<(?:\w+:)?c\b[^>]*?\sr="([A-Z]+)(\d+)"/g)) {
    rows = Math.max(rows, Number(digits));
    cols = Math.max(cols, [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
  }
  return { rows: Math.max(rows, 1), cols };
}

/** Whether LibreOffice Calc can be run here (`.ci/run` installs it). */
export function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Each workbook's first sheet as LibreOffice Calc reads it, as CSV rows (UTF-8): one headless run
 * converts them all. A file it cannot open gives no CSV.
 */
export function libreOfficeCsv(files: { name: string; bytes: Uint8Array }[]): Map<string, string[][] | null> {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-lo-'));
  const out = join(dir, 'csv');
  try {
    const paths = files.map((f, i) => {
      const path = join(dir, `${i}-${f.name}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', out, ...paths],
      { stdio: 'ignore', timeout: 600_000 }
    );
    const written = new Set(readdirSync(out));
    return new Map(
      files.map((f, i) => {
        const csv = `${i}-${f.name}`.replace(/\.[^.]+$/, '.csv');
        return [f.name, written.has(csv) ? parseCsv(readFileSync(join(out, csv), 'utf8')) : null];
      })
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The prefixes a part uses on elements and attributes without declaring them (`xml` and `xmlns` aside). */
export function undeclaredPrefixes(xml: string): string[] {
  const declared = new Set([...xml.matchAll(/\sxmlns:([\w.-]+)\s*=/g)].map((m) => m[1]));
  const used = new Set<string>();
  for (const [tag] of xml.matchAll(/<[A-Za-z_][^>]*>/g)) {
    const element = /^<([\w.-]+):/.exec(tag);
    if (element) used.add(element[1]);
    for (const m of tag.matchAll(/\s([\w.-]+):[\w.-]+\s*=/g)) used.add(m[1]);
  }
  return [...used].filter((p) => p !== 'xml' && p !== 'xmlns' && !declared.has(p)).sort();
}
