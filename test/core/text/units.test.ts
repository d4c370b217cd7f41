import { canonicalUnit, matchUnitAt, toBaseQuantity, unitsComparable, unitsTallyAlike, UNIT_VOCABULARY } from '../../../src/core/text';

describe('canonicalUnit', () => {
  it.each([
    ['km', '公里'],
    ['KM', '公里'],
    ['千米', '公里'],
    ['m²', '平方米'],
    ['㎡', '平方米'],
    ['平方米', '平方米'],
    ['名', '名'],
    ['人员', '人'],
    ['ｍ', '米'],
    ['个百分点', '百分点'],
    ['元/人', '元/人'],
    ['立方米/秒', '立方米/秒'],
    ['未知单位', '未知单位'],
  ])('%s → %s', (raw, canonical) => {
    expect(canonicalUnit(raw)).toBe(canonical);
  });
});

describe('toBaseQuantity', () => {
  it('converts exactly', () => {
    expect(toBaseQuantity(2.2, '亿元')).toEqual({ value: 220000000, unit: '元' });
    expect(toBaseQuantity(2575, '万元')).toEqual({ value: 25750000, unit: '元' });
    expect(toBaseQuantity(0.2, '公里')).toEqual({ value: 200, unit: '米' });
    expect(toBaseQuantity(1.5, '万亩')).toEqual({ value: 15000, unit: '亩' });
    expect(toBaseQuantity(13, '万平方米')).toEqual({ value: 130000, unit: '平方米' });
  });

  it('leaves counts alone', () => {
    expect(toBaseQuantity(62, '个')).toEqual({ value: 62, unit: '个' });
    expect(toBaseQuantity(3, '名')).toEqual({ value: 3, unit: '名' });
  });
});

describe('unitsComparable', () => {
  it.each([
    ['人', '名', true],
    ['人', '人次', false],
    ['场', '场次', true],
    ['批', '批次', true],
    ['个', '处', false],
    ['公里', '米', true],
    ['km', '米', true],
    ['万元', '亿元', true],
    ['万元', '元', true],
    ['万亩', '亩', true],
    ['㎡', '万平方米', true],
    ['亩', '平方米', false],
    ['%', '个', false],
    ['', '', true],
    ['', '个', false],
  ])('%s ~ %s → %s', (a, b, comparable) => {
    expect(unitsComparable(a, b)).toBe(comparable);
  });
});

describe('unitsTallyAlike', () => {
  it.each([
    ['人', '人次', true],
    ['名', '人次', true],
    ['人次', '人', true],
    ['人', '名', true],
    ['场', '场次', true],
    ['人', '户', false],
    ['人次', '次', false],
    ['个', '处', false],
  ])('%s ~ %s → %s', (a, b, alike) => {
    expect(unitsTallyAlike(a, b)).toBe(alike);
  });
});

describe('matchUnitAt', () => {
  it('takes the longest spelling', () => {
    expect(matchUnitAt('3人次', 1)).toEqual({ unit: '人次', end: 3 });
    expect(matchUnitAt('3千伏安', 1)).toEqual({ unit: '千伏安', end: 4 });
    expect(matchUnitAt('10m²', 2)).toEqual({ unit: '平方米', end: 4 });
  });

  it('reads rates', () => {
    expect(matchUnitAt('5立方米/秒', 1)).toEqual({ unit: '立方米/秒', end: 6 });
    expect(matchUnitAt('300元/人', 3)).toEqual({ unit: '元/人', end: 6 });
  });

  it('respects Latin word boundaries', () => {
    expect(matchUnitAt('5mm', 1)).toBeNull();
    expect(matchUnitAt('5km', 1)).toEqual({ unit: '公里', end: 3 });
  });

  it('lists the vocabulary in canonical spelling', () => {
    expect(UNIT_VOCABULARY).toEqual(expect.arrayContaining(['万元', '人次', '公里', '平方米', '%', '场次']));
  });
});
