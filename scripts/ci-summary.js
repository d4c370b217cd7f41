#!/usr/bin/env node
'use strict';
/**
 * Prints the one line CI reads, "N passed, N failed", from jest's --json output. Failed CI steps
 * before the tests (typecheck, lint) count as failures too. Exits 1 when anything failed.
 */
const fs = require('node:fs');

const [, , resultsPath, failedStepsArg] = process.argv;
const failedSteps = Number(failedStepsArg || 0);
let passed = 0;
let failed = failedSteps;
try {
  const results = JSON.parse(fs.readFileSync(resultsPath, 'utf8'));
  passed = results.numPassedTests;
  failed += results.numFailedTests + results.numRuntimeErrorTestSuites;
} catch (error) {
  process.stderr.write(`no test results at ${resultsPath}: ${error.message}\n`);
  failed += 1;
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 ? 1 : 0;
