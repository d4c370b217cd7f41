import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const SCHEMA_PATH = path.resolve(__dirname, '..', '..', 'schema', 'check-report.schema.json');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')));

/** Fails the test when a check report does not match the JSON Schema kept in the repo. */
export function expectValidReport(report: unknown): void {
  const valid = validate(report);
  if (!valid) throw new Error(`report does not match schema/check-report.schema.json:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
}
