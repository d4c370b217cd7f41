#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: what a newcomer runs first. Checks the bundled example ledger, then writes its
 * annotated copy beside it (assets/examples/sample-ledger.台账助手.xlsx) and says where. The example
 * carries planted defects, so exit code 1 from the commands is the expected outcome here; only a
 * failure to run (exit code 2) fails the demo.
 */
const path = require('node:path');
const { run } = require('../lib/cli/main.js');
const { processIo } = require('../lib/cli/io.js');

const example = path.join(__dirname, '..', 'assets', 'examples', 'sample-ledger.xlsx');

async function demo() {
  const io = processIo();
  const checked = await run(['check', example], io);
  if (checked === 2) return 2;
  io.stdout('\n');
  const filled = await run(['fill', example], io);
  return filled === 2 ? 2 : 0;
}

demo().then((code) => {
  process.exitCode = code;
});
