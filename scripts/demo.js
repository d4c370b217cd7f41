#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: checks the bundled example ledger as a newcomer would run it. The example carries
 * planted defects, so the check's exit code 1 is the expected outcome here; only a failure to run
 * (exit 2) fails the demo.
 */
const path = require('node:path');
const { run } = require('../lib/cli/main.js');
const { processIo } = require('../lib/cli/io.js');

const example = path.join(__dirname, '..', 'assets', 'examples', 'sample-ledger.xlsx');
const io = processIo();
run(['check', example], io).then((code) => {
  process.exitCode = code === 2 ? 2 : 0;
});
