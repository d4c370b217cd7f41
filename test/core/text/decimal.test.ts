import { isDecimalLiteral, scaleDecimal, shiftDecimal, toPlainDecimal } from '../../../src/core/text';

describe('scaleDecimal', () => {
  it('applies 万 and 亿 exactly', () => {
    expect(scaleDecimal('2.2', 8)).toBe(220000000);
    expect(scaleDecimal('1.9', 4)).toBe(19000);
    expect(scaleDecimal('4.73', 4)).toBe(47300);
    expect(scaleDecimal('0.9', 4)).toBe(9000);
    expect(scaleDecimal('1.23456', 4)).toBe(12345.6);
    expect(scaleDecimal('12', 0)).toBe(12);
  });

  it('shifts the other way', () => {
    expect(scaleDecimal('2575', -4)).toBe(0.2575);
    expect(scaleDecimal('3', -2)).toBe(0.03);
    expect(scaleDecimal('-1.5', 1)).toBe(-15);
  });

  it('gives NaN for a non-literal', () => {
    expect(scaleDecimal('1e5', 2)).toBeNaN();
    expect(scaleDecimal('', 2)).toBeNaN();
    expect(scaleDecimal('1.', 2)).toBeNaN();
  });
});

describe('toPlainDecimal / shiftDecimal', () => {
  it('writes numbers without an exponent', () => {
    expect(toPlainDecimal(1e21)).toBe('1000000000000000000000');
    expect(toPlainDecimal(1.5e-7)).toBe('0.00000015');
    expect(toPlainDecimal(-2.5e22)).toBe('-25000000000000000000000');
    expect(toPlainDecimal(12.5)).toBe('12.5');
  });

  it('multiplies by powers of ten without float error', () => {
    expect(shiftDecimal(2.2, 8)).toBe(220000000);
    expect(2.2 * 1e8).not.toBe(220000000);
  });

  it('recognises decimal literals', () => {
    expect(isDecimalLiteral('-0.5')).toBe(true);
    expect(isDecimalLiteral('1,000')).toBe(false);
  });
});
