import { checkWorkbook } from '../../src/core/check';
import { TableOverride } from '../../src/core/detect/overrides';
import { buildWorkbookModel } from '../../src/core/model/workbookModel';
import { summarizeTable } from '../../src/core/report/tableSummary';
import { ledger } from '../helpers/ledger';

const HOSTILE = ['__proto__', 'constructor', 'toString'];

/** A ledger whose funding columns (under 计划投资) are headed with the names of Object's own members. */
function hostileLedger() {
  return ledger({
    headers: [
      ['序号', '项目名称', '牵头单位', '计划投资', '', '', '进展情况'],
      ['', '', '', ...HOSTILE, ''],
    ],
    rows: [1, 2, 3].map((i) => [i, `项目${i}`, '县财政局', 10 * i, 20 * i, 30 * i, '推进中']),
    merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:F1', 'G1:G2'],
  });
}

function prototypeShape(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).map((name) => `${name}:${typeof (Object.prototype as Record<string, unknown>)[name]}`);
}

describe('header text never reaches an object’s prototype', () => {
  it('a __proto__ header changes no prototype; constructor and toString headers are read as plain columns', () => {
    const before = prototypeShape();
    const { report, model } = checkWorkbook(hostileLedger(), { today: '2025-06-30' });
    const summary = summarizeTable(model.tables[0]);
    expect(prototypeShape()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(summary.fundingColumns)).toBe(Object.prototype);
    // own keys, each naming its column, however the key is spelt
    expect(Object.entries(summary.fundingColumns)).toEqual([
      ['__proto__', 'D'],
      ['constructor', 'E'],
      ['toString', 'F'],
    ]);
    expect(JSON.parse(JSON.stringify(summary.fundingColumns))).toEqual(summary.fundingColumns);
    expect(report.summary.items).toBe(3);
    expect(model.items[0].funding.map((f) => [f.label, f.field.value])).toEqual([
      ['__proto__', 10],
      ['constructor', 20],
      ['toString', 30],
    ]);
    expect(String({})).toBe('[object Object]');
  });

  it('a correction from storage keyed __proto__ or constructor is no role and changes nothing', () => {
    const before = prototypeShape();
    const override = JSON.parse('{"sheet":"台账","roles":{"__proto__":"B","constructor":"C","name":"B"}}') as TableOverride;
    const model = buildWorkbookModel(hostileLedger(), { today: '2025-06-30', overrides: [override] });
    expect(prototypeShape()).toEqual(before);
    const roles = model.tables[0].table.columns.flatMap((c) => c.roles);
    expect(roles).not.toContain('__proto__');
    expect(roles).not.toContain('constructor');
    expect(model.tables[0].table.roleColumns.get('name')).toBe(1);
  });
});
