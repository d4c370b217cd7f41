import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkWorkbook } from '../../../src/core/check';
import { readWorkbookFile } from '../../../src/hosts/file/node';
import { sharedPath } from '../../helpers/workbooks';

/** A reviewer's judgement of one item, written by reading its row (test/fixtures/judgements/README.md). */
interface Judged {
  row: number;
  name: string;
  status: string;
  completion: number | null;
  basis: string;
}

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures', 'judgements');
const OUTPUT = path.resolve(__dirname, '..', '..', '..', 'test-output');

/** What the engine agrees with today: raised as the judging improves, never lowered. */
const AGREEMENT_FLOOR: Record<'lanling' | 'shanting', number> = { lanling: 45, shanting: 32 };
const MAX_UNJUDGED_SHARE = 0.2;
const NEEDS_BASIS = new Set(['滞后', '逾期未完成', '已完成']);

const lines: string[] = ['# The engine against the written judgements', ''];

afterAll(() => {
  fs.mkdirSync(OUTPUT, { recursive: true });
  fs.writeFileSync(path.join(OUTPUT, 'judgements.md'), lines.join('\n') + '\n');
});

describe.each(['lanling', 'shanting'] as const)('%s against a reviewer’s judgements', (name) => {
  const truth = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as { asOf: string; items: Judged[] };
  const result = checkWorkbook(readWorkbookFile(sharedPath(name)), { today: truth.asOf, asOf: truth.asOf, lang: 'zh' });
  const byRow = new Map(result.progress.items.map((p) => [p.item.row + 1, p]));

  it('finds every judged item', () => {
    expect(truth.items.filter((t) => !byRow.has(t.row)).map((t) => t.row)).toEqual([]);
  });

  it(`leaves at most ${MAX_UNJUDGED_SHARE * 100}% of items 无法判断`, () => {
    const unjudged = truth.items.filter((t) => byRow.get(t.row)?.status === '无法判断').length;
    expect(unjudged / truth.items.length).toBeLessThanOrEqual(MAX_UNJUDGED_SHARE);
  });

  it('agrees with the reviewer on the status of at least as many items as it did', () => {
    const differing = truth.items.filter((t) => byRow.get(t.row)?.status !== t.status);
    const agreed = truth.items.length - differing.length;
    lines.push(`## ${name}: ${agreed} / ${truth.items.length} agree`, '');
    for (const t of differing) {
      const engine = byRow.get(t.row);
      lines.push(`- row ${t.row} ${t.name}: engine ${engine?.status} (${engine?.basis?.zh ?? '—'}); reviewer ${t.status} (${t.basis})`);
    }
    lines.push('');
    expect(agreed).toBeGreaterThanOrEqual(AGREEMENT_FLOOR[name]);
  });

  it('gives every 滞后, 逾期未完成 and 已完成 its basis, naming words or figures of the row', () => {
    for (const p of result.progress.items.filter((i) => NEEDS_BASIS.has(i.status))) {
      expect([p.item.row + 1, p.status, p.basis?.zh ?? '']).toEqual([p.item.row + 1, p.status, expect.stringMatching(/\d|「/)]);
    }
  });
});
