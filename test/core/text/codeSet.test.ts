import { CodeSet, WordIndex } from '../../../src/core/text/codeSet';

describe('CodeSet', () => {
  const set = new CodeSet('年月\n');

  it('holds the codes of the characters it was made from, and no others', () => {
    expect(set.has('年'.charCodeAt(0))).toBe(true);
    expect(set.has('\n'.charCodeAt(0))).toBe(true);
    expect(set.has('日'.charCodeAt(0))).toBe(false);
    expect(set.has('a'.charCodeAt(0))).toBe(false);
  });

  it('never holds what charCodeAt gives past the end of a text, or codes outside UTF-16', () => {
    expect(set.has('年'.charCodeAt(5))).toBe(false);
    expect(set.has(-1)).toBe(false);
    expect(set.has(0x10000 + '年'.charCodeAt(0))).toBe(false);
  });
});

describe('WordIndex', () => {
  const byFirst = new WordIndex(['不超过', '超过', '不少于', '约'], 'first');
  const byLast = new WordIndex(['达到', '已达', '共计'], 'last');

  it('lists the words of one first or last character in the order given', () => {
    expect(byFirst.withCode('不'.charCodeAt(0))).toEqual(['不超过', '不少于']);
    expect(byLast.withCode('达'.charCodeAt(0))).toEqual(['已达']);
    expect(byLast.withCode('到'.charCodeAt(0))).toEqual(['达到']);
    expect(byFirst.withCode('多'.charCodeAt(0))).toEqual([]);
    expect(byFirst.withCode(Number.NaN)).toEqual([]);
  });

  it('finds where a word first stands wholly inside the given stretch of a text', () => {
    const text = '计划不超过5人，约3人';
    expect(byFirst.firstIn(text, 0, text.length)).toBe(2);
    expect(byFirst.firstIn(text, 3, text.length)).toBe(3);
    // 超过 runs past the stretch's end, so only 约 further on counts
    expect(byFirst.firstIn(text, 4, 5)).toBe(-1);
    expect(byFirst.firstIn(text, 5, text.length)).toBe(8);
    expect(byFirst.firstIn('', 0, 0)).toBe(-1);
  });

  it('names the first listed word standing at an offset', () => {
    const stages = new WordIndex(['主体完工', '主体', '完工'], 'first');
    expect(stages.wordAt('主体完工后竣工', 0)).toBe('主体完工');
    expect(stages.wordAt('主体已完工', 0)).toBe('主体');
    expect(stages.wordAt('主体已完工', 3)).toBe('完工');
    expect(stages.wordAt('主体已完工', 2)).toBeUndefined();
    expect(stages.wordAt('主体', 5)).toBeUndefined();
  });
});
