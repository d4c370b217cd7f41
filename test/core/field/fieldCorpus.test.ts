import * as fs from 'node:fs';
import { FieldScore, fieldIds, readTruth, scoreField } from '../../helpers/fieldCorpus';

/**
 * Real tables Taizhang was not written against (test/fixtures/field): the defects each carries and
 * those planted in its copy are found, nothing else is called an error, and every item whose sheet
 * states a target and an actual gets the completion its figures give.
 */
const ids = fieldIds();
const scores = new Map<string, FieldScore>(ids.map((id) => [id, scoreField(id)]));

test('the corpus holds at least 12 tables, each with a planted defect', () => {
  expect(ids.length).toBeGreaterThanOrEqual(12);
  for (const id of ids) expect(readTruth(id).planted.length).toBeGreaterThan(0);
});

test.each(ids)('%s: no error beyond the published defects', (id) => {
  expect(scores.get(id)!.falseErrors).toEqual([]);
});

test('at least 90% of the natural and planted defects are found', () => {
  let defects = 0;
  let found = 0;
  for (const score of scores.values()) {
    defects += score.defects;
    found += score.found;
  }
  const missed = [...scores.values()].flatMap((s) => s.missed.map((m) => `${s.id}: ${m}`));
  expect({ recall: found / defects >= 0.9, missed }).toEqual({ recall: true, missed: expect.any(Array) });
});

test('completion within 0.01 of the truth for at least 90% of the items with target and actual', () => {
  let items = 0;
  let right = 0;
  for (const score of scores.values()) {
    items += score.items;
    right += score.completionsRight;
  }
  const wrong = [...scores.values()].flatMap((s) => s.wrongCompletions.map((w) => `${s.id}: ${w}`));
  expect({ share: right / items >= 0.9, wrong }).toEqual({ share: true, wrong: expect.any(Array) });
});

/** The figures table by table, for the note: test-output/field-corpus.md. */
afterAll(() => {
  const lines = ['| table | defects found | errors beyond the truth | completion within 0.01 |', '|---|---:|---:|---:|'];
  for (const s of scores.values())
    lines.push(`| ${s.id} | ${s.found} / ${s.defects} | ${s.falseErrors.length} | ${s.completionsRight} / ${s.items} |`);
  const details = [...scores.values()].flatMap((s) => [
    ...s.missed.map((m) => `- ${s.id} missed ${m}`),
    ...s.falseErrors.map((e) => `- ${s.id} false error ${e}`),
    ...s.wrongCompletions.map((w) => `- ${s.id} completion ${w}`),
  ]);
  fs.mkdirSync('test-output', { recursive: true });
  fs.writeFileSync('test-output/field-corpus.md', [...lines, '', ...details, ''].join('\n'));
});
