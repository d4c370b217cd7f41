#!/usr/bin/env node
'use strict';
/**
 * The JavaScript each page of dist/ loads first, and the chunks it loads later, gzipped: what a user
 * on a slow county network waits for. Exits 1 when the task pane's first load reaches the limit.
 *
 *   node scripts/bundle-size.js [dist]
 */
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

/** The task pane's first load must stay under this, gzipped (bytes). */
const TASKPANE_LIMIT = 400 * 1000;
const PAGES = ['taskpane.html', 'web/index.html'];

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** The local scripts an HTML page loads (Office's own office.js, from Microsoft, is not ours to count). */
function initialScripts(dist, page) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  const files = [];
  // the minified HTML leaves attributes unquoted where it can
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = match[1] || match[2] || match[3];
    if (/^[a-z]+:/i.test(src) || src.startsWith('//')) continue;
    files.push(path.relative(dist, path.resolve(dist, path.dirname(page), src.split(/[?#]/)[0])));
  }
  return files;
}

function allScripts(dir, root = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return allScripts(full, root);
    return entry.name.endsWith('.js') ? [path.relative(root, full)] : [];
  });
}

/** Per page: its first-load files and their sizes; then every other script (workers, lazy chunks). */
function pageSizes(dist) {
  const pages = PAGES.filter((page) => fs.existsSync(path.join(dist, page))).map((page) => {
    const files = initialScripts(dist, page).map((file) => ({
      file,
      bytes: fs.statSync(path.join(dist, file)).size,
      gzip: gzipSize(path.join(dist, file)),
    }));
    return {
      page,
      files,
      bytes: files.reduce((sum, f) => sum + f.bytes, 0),
      gzip: files.reduce((sum, f) => sum + f.gzip, 0),
    };
  });
  const initial = new Set(pages.flatMap((p) => p.files.map((f) => f.file)));
  const later = allScripts(dist)
    .filter((file) => !initial.has(file))
    .map((file) => ({
      file,
      bytes: fs.statSync(path.join(dist, file)).size,
      gzip: gzipSize(path.join(dist, file)),
    }));
  return { pages, later };
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function formatSizes({ pages, later }) {
  const lines = ['', 'JavaScript, gzipped:'];
  for (const page of pages) {
    const limit = page.page === 'taskpane.html' ? ` (limit ${kb(TASKPANE_LIMIT)})` : '';
    lines.push(`  ${page.page} first load: ${kb(page.gzip)}${limit}  [${page.files.map((f) => f.file).join(', ')}]`);
  }
  for (const chunk of later) lines.push(`  loaded later: ${chunk.file} ${kb(chunk.gzip)}`);
  return lines.join('\n');
}

/** The task pane's first load against the limit. */
function checkTaskpane(dist) {
  const sizes = pageSizes(dist);
  const taskpane = sizes.pages.find((p) => p.page === 'taskpane.html');
  if (!taskpane) throw new Error(`no taskpane.html in ${dist}: build first (npm run build:web)`);
  return { sizes, gzip: taskpane.gzip, limit: TASKPANE_LIMIT, ok: taskpane.gzip < TASKPANE_LIMIT };
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  try {
    const result = checkTaskpane(dist);
    console.log(formatSizes(result.sizes));
    if (!result.ok) {
      console.error(`The task pane's first load is ${kb(result.gzip)} gzipped: it must stay under ${kb(result.limit)}.`);
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(error.message);
    process.exitCode = 2;
  }
}

module.exports = { TASKPANE_LIMIT, pageSizes, formatSizes, checkTaskpane, initialScripts };
