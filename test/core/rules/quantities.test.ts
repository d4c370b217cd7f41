import { clauseStart, quantitiesOf, sentenceStart } from '../../../src/core/rules/quantities';
import { parseFigures } from '../../../src/core/text/figures';
import { normalizeText } from '../../../src/core/text/normalize';

/** The quantities of a cell's text as the rules read it (normalised first). */
function quantities(cell: string): [string, number, string, number, boolean][] {
  const text = normalizeText(cell);
  return quantitiesOf(text, parseFigures(text)).map((q) => [q.figure.text, q.value, q.unit, q.rounding, q.part]);
}

describe('quantitiesOf', () => {
  it('gives half a unit of the last digit written, in the base unit', () => {
    expect(quantities('应急救护普及培训12.74万人次')).toEqual([['12.74万人次', 127400, '人次', 50, false]]);
    expect(quantities('完成投资1,234.5万元')).toEqual([['1,234.5万元', 12345000, '元', 500, false]]);
    expect(quantities('建成12,000平方米')).toEqual([['12,000平方米', 12000, '平方米', 0, false]]);
  });

  it('leaves out amounts per unit: 每 anywhere before in the clause, 各 or 均 just before', () => {
    expect(quantities('每千人口托位数达到3.5个，新建托育机构2所')).toEqual([['2所', 2, '所', 0, false]]);
    expect(quantities('各乡镇均建成1家，全县建成20家')).toEqual([['20家', 20, '家', 0, false]]);
  });

  it('marks the parts after 其中 up to the end of the sentence, and skips figures in parentheses', () => {
    const read = quantities('城乡公益性岗位4.73万个，其中乡村岗位4.2万个；城镇岗位5300个');
    expect(read.map(([text, , , , part]) => [text, part])).toEqual([
      ['4.73万个', false],
      ['4.2万个', true],
      ['5300个', false],
    ]);
    expect(quantities('改造道路3公里（含支路1公里）')).toEqual([['3公里', 3000, '米', 0, false]]);
  });
});

describe('clauseStart and sentenceStart', () => {
  it('end a clause at a comma, but not at a thousands separator', () => {
    expect(clauseStart('完成1,200人,其中男性600人', 14)).toBe(9);
    expect(clauseStart('完成1,200人', 5)).toBe(0);
  });

  it('end a sentence at sentence punctuation or a circled marker, not at a comma', () => {
    expect(sentenceStart('第一句。第二句,有3个', 10)).toBe(4);
    expect(clauseStart('第一句。第二句,有3个', 10)).toBe(8);
    expect(sentenceStart('①建成5个②完成3个', 8)).toBe(6);
  });
});
