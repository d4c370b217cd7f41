import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const SCHEMA_DIR = path.resolve(__dirname, '..', '..', 'schema');
const ajv = new Ajv({ allErrors: true });

function validator(file: string): (report: unknown) => void {
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')));
  return (report) => {
    if (!validate(report)) throw new Error(`report does not match schema/${file}:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  };
}

/** Fails the test when a check report does not match the JSON Schema kept in the repo. */
export const expectValidReport = validator('check-report.schema.json');

/** Fails the test when a compare report (`compare` of `taizhang compare --format json`) does not match its schema. */
export const expectValidCompareReport = validator('compare-report.schema.json');
