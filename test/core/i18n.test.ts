import { fillTemplate } from '../../src/core/i18n';

describe('fillTemplate', () => {
  it.each([
    ['no placeholder', '没有可撤销的操作。', {}, '没有可撤销的操作。'],
    ['one', '第 {row} 行', { row: 4 }, '第 4 行'],
    ['several, one twice', '{a}/{b}（{a}）', { a: 'x', b: 2.5 }, 'x/2.5（x）'],
    ['side by side', '{a}{b}', { a: '甲', b: '乙' }, '甲乙'],
    ['at both ends', '{a} 与 {b}', { a: 1, b: 2 }, '1 与 2'],
    ['a name without a value stays', '完成率 {rate}%，{missing}', { rate: 80 }, '完成率 80%，{missing}'],
    ['braces that are no placeholder', '{ 这不是 } {}', {}, '{ 这不是 } {}'],
  ])('%s', (_what, template, values, filled) => {
    expect(fillTemplate(template, values)).toBe(filled);
    // the second use reads the template's parts already cut
    expect(fillTemplate(template, values)).toBe(filled);
  });
});
