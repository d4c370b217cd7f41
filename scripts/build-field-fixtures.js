#!/usr/bin/env node
/**
 * Builds the field corpus (test/fixtures/field): each `<id>.sheet.json` becomes `<id>.xlsx`, laid out
 * as published, and `<id>.planted.xlsx`, the same table with the spec's planted defects in it.
 *
 * Usage: node scripts/build-field-fixtures.js [id …]   (no id: every spec)
 *
 * A spec: { id, source, province, layout, sheet, rows: [[cell…]…], merges: ["A1:H1"…],
 * cols?: [width…], formats?: {"D5:D12": "0.0%"}, formulas?: {"B5": "SUM(B6:B12)"},
 * planted: [{ cell, value, code, why }] }. A cell is a number, a string or null.
 */
const fs = require('node:fs');
const path = require('node:path');
const XLSX = require('xlsx');

const DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'field');

function sheetOf(spec, planted) {
  const rows = spec.rows.map((row) => row.map((v) => (v === undefined ? null : v)));
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = (spec.merges ?? []).map((a1) => XLSX.utils.decode_range(a1));
  if (spec.cols) sheet['!cols'] = spec.cols.map((wch) => ({ wch }));
  for (const [range, format] of Object.entries(spec.formats ?? {})) {
    const r = XLSX.utils.decode_range(range);
    for (let row = r.s.r; row <= r.e.r; row++)
      for (let col = r.s.c; col <= r.e.c; col++) {
        const cell = sheet[XLSX.utils.encode_cell({ r: row, c: col })];
        if (cell && cell.t === 'n') cell.z = format;
      }
  }
  for (const [a1, formula] of Object.entries(spec.formulas ?? {})) {
    const cell = sheet[a1] ?? (sheet[a1] = { t: 'n', v: 0 });
    cell.f = formula;
  }
  for (const change of planted) {
    const value = change.value;
    const old = sheet[change.cell];
    const cell = value === null ? undefined : typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
    if (cell && old?.z) cell.z = old.z;
    if (cell) sheet[change.cell] = cell;
    else delete sheet[change.cell];
  }
  return sheet;
}

function write(spec, planted, file) {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheetOf(spec, planted), spec.sheet ?? 'Sheet1');
  XLSX.writeFile(book, path.join(DIR, file), { compression: true });
}

const wanted = process.argv.slice(2);
const specs = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.sheet.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')))
  .filter((spec) => wanted.length === 0 || wanted.includes(spec.id));
for (const spec of specs) {
  write(spec, [], `${spec.id}.xlsx`);
  if ((spec.planted ?? []).length === 0) throw new Error(`${spec.id}: a spec plants at least one defect`);
  write(spec, spec.planted, `${spec.id}.planted.xlsx`);
  console.log(`built ${spec.id}.xlsx and ${spec.id}.planted.xlsx`);
}
