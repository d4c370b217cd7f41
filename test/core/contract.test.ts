import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPARE_RULES } from '../../src/core/compare/rules/registry';
import { ALL_RULES } from '../../src/core/rules/registry';
import { RULE_CODES } from '../../src/core/rules/types';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The codes table of docs/report-format.md: code → default severity. */
function documentedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const match of read('docs/report-format.md').matchAll(/^\| `([A-Z_]+)` \| (error|warning|info) \|/gm)) codes.set(match[1], match[2]);
  return codes;
}

function schemaCodes(file: string): string[] {
  return JSON.parse(read(file)).definitions.finding.properties.code.enum;
}

describe('the report contract', () => {
  const rules = [...ALL_RULES, ...COMPARE_RULES];
  const ruleCodes = rules.map((r) => r.meta.code);

  it('registers each code once, the single-workbook rules and the compare rules together covering RULE_CODES', () => {
    expect(new Set(ruleCodes).size).toBe(ruleCodes.length);
    expect([...ruleCodes].sort()).toEqual([...RULE_CODES].sort());
  });

  it('lists the same codes in RULE_CODES, both schemas’ enums and the table of docs/report-format.md', () => {
    const documented = [...documentedCodes().keys()];
    expect(documented).toEqual([...RULE_CODES]);
    expect(schemaCodes('schema/check-report.schema.json')).toEqual([...RULE_CODES]);
    expect(schemaCodes('schema/compare-report.schema.json')).toEqual([...RULE_CODES]);
  });

  it('gives each rule the severity the document says', () => {
    const documented = documentedCodes();
    for (const rule of rules) expect(`${rule.meta.code} ${rule.meta.severity}`).toBe(`${rule.meta.code} ${documented.get(rule.meta.code)}`);
  });

  it('is linked from the README', () => {
    expect(read('README.md')).toContain('(docs/report-format.md)');
  });
});
