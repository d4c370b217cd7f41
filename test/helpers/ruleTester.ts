import { Workbook } from '../../src/core/grid';
import { Finding, Rule } from '../../src/core/rules/types';
import { RuleOptions } from '../../src/core/rules/engine';
import { check } from './check';
import { LedgerSpec, ledger } from './ledger';

export interface ValidCase {
  name: string;
  ledger?: LedgerSpec;
  workbook?: Workbook;
  options?: RuleOptions & { asOf?: string };
}

export interface ExpectedFinding {
  cell: string;
  row?: number;
  rowEnd?: number;
  messageId?: string;
  message?: string | RegExp;
  expected?: number;
  actual?: number;
  severity?: Finding['severity'];
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

function findingsOf(rule: Rule, testCase: ValidCase): Finding[] {
  const workbook = testCase.workbook ?? (testCase.ledger ? ledger(testCase.ledger) : null);
  if (!workbook) throw new Error(`${testCase.name}: give a ledger or a workbook`);
  const { findings } = check(workbook, { ...testCase.options }, [rule]);
  return findings.filter((f) => f.code === rule.meta.code);
}

function messageOf(rule: Rule, messageId: string): string {
  const template = rule.meta.messages[messageId];
  if (!template) throw new Error(`${rule.meta.code} has no message ${messageId}`);
  return template.zh;
}

/** Turns a template into a pattern its rendered messages match ({x} → anything). */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

/**
 * ESLint's RuleTester, for ledger rules: every valid case must give no finding of the rule, every
 * invalid case exactly the findings listed (cell, and row span, message, figures where given).
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.code, () => {
    it('has its metadata', () => {
      expect(rule.meta.description.zh).not.toBe('');
      expect(rule.meta.description.en).not.toBe('');
      for (const message of Object.values(rule.meta.messages)) {
        expect(message.zh).not.toBe('');
        expect(message.en).not.toBe('');
      }
    });

    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
        expect(findingsOf(rule, testCase).map((f) => `${f.cell}: ${f.message.zh}`)).toEqual([]);
      });
    });

    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
        const findings = findingsOf(rule, testCase);
        expect(findings.map((f) => f.cell)).toEqual(testCase.findings.map((f) => f.cell));
        testCase.findings.forEach((expected, i) => {
          const finding = findings[i];
          if (expected.row !== undefined) expect(finding.row).toBe(expected.row);
          if (expected.rowEnd !== undefined) expect(finding.rowEnd).toBe(expected.rowEnd);
          if (expected.messageId !== undefined) expect(finding.message.zh).toMatch(templatePattern(messageOf(rule, expected.messageId)));
          if (expected.message !== undefined) expect(finding.message.zh).toMatch(expected.message);
          if (expected.expected !== undefined) expect(finding.expected).toBeCloseTo(expected.expected, 6);
          if (expected.actual !== undefined) expect(finding.actual).toBeCloseTo(expected.actual, 6);
          if (expected.severity !== undefined) expect(finding.severity).toBe(expected.severity);
        });
      });
    });
  });
}
