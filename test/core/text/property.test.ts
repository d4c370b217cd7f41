import fc from 'fast-check';
import {
  Figure,
  findPeriods,
  formatFigure,
  normalizeText,
  parseFigures,
  parseNumber,
  parsePeriod,
  Qualifier,
  UNIT_VOCABULARY,
} from '../../../src/core/text';

/** Pieces ledger text is made of, so random strings look like what the parsers meet. */
const LEDGER_PIECES = [
  '0',
  '1',
  '2',
  '3',
  '5',
  '9',
  '12',
  '2023',
  '2024',
  '.',
  ',',
  '一',
  '二',
  '三',
  '十',
  '百',
  '千',
  '万',
  '亿',
  '两',
  '〇',
  '年',
  '月',
  '日',
  '号',
  '季度',
  '第',
  '底',
  '前',
  '上半年',
  '、',
  '，',
  '。',
  '；',
  '-',
  '—',
  '~',
  '至',
  '①',
  '②',
  '个',
  '人',
  '人次',
  '万元',
  '%',
  '公里',
  '㎡',
  'm',
  'km',
  '约',
  '以上',
  '以内',
  '力争',
  '累计',
  '共',
  '新增',
  '完成',
  '建设',
  '培训',
  '市政消火栓',
  '其中',
  ' ',
  '\n',
  '（',
  '）',
  '(',
  ')',
  '#',
  'G',
  'A',
  '〔',
  '〕',
  '<p>',
  '</p>',
  '<sup>',
  '&nbsp;',
  '２',
  '３',
  '　',
  '余',
  '多',
  '百分之',
];

const ledgerText = fc.array(fc.constantFrom(...LEDGER_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), ledgerText);

describe('the parsers never throw', () => {
  it('on arbitrary and ledger-like strings', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1900, max: 2199 }), (text, year) => {
        normalizeText(text);
        parseNumber(text);
        parsePeriod(text, { year });
        findPeriods(text, { year });
        const figures = parseFigures(text);
        for (const f of figures) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('findPeriods returns ordered, non-overlapping mentions within the text', () => {
    fc.assert(
      fc.property(ledgerText, (text) => {
        let last = 0;
        for (const p of findPeriods(text, { year: 2023 })) {
          expect(p.startOffset).toBeGreaterThanOrEqual(last);
          expect(p.endOffset).toBeGreaterThan(p.startOffset);
          expect(p.endOffset).toBeLessThanOrEqual(text.length);
          expect(text.slice(p.startOffset, p.endOffset)).toBe(p.text);
          last = p.endOffset;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/** Values as ledgers hold them: integers, up to four decimal places, and 万/亿-sized amounts. */
const figureValue = fc.oneof(
  fc.integer({ min: 0, max: 1e9 }),
  fc.integer({ min: 0, max: 1e8 }).map((n) => n / 10_000),
  fc.integer({ min: 0, max: 1e6 }).map((n) => n / 100),
  fc.integer({ min: 1, max: 99_999 }).map((n) => n * 10_000),
  fc.integer({ min: 1, max: 9_999 }).map((n) => n * 100_000_000),
);

const qualifier = fc.option(fc.constantFrom<Qualifier>('approx', 'atLeast', 'atMost', 'aim'), {
  nil: undefined,
});

type FormattedFigure = Pick<Figure, 'value' | 'unit' | 'valueMax' | 'qualifier'>;

const formattable: fc.Arbitrary<FormattedFigure> = fc
  .record({
    value: figureValue,
    unit: fc.constantFrom('', ...UNIT_VOCABULARY),
    upper: fc.option(figureValue, { nil: undefined }),
    qualifier,
  })
  .map(({ value, unit, upper, qualifier: q }) => {
    const figure: FormattedFigure = { value, unit };
    if (upper !== undefined && upper > value) figure.valueMax = upper;
    if (q !== undefined) figure.qualifier = q;
    return figure;
  });

describe('formatFigure and parseFigures round-trip', () => {
  it('gives back value, unit, range and qualifier exactly', () => {
    fc.assert(
      fc.property(formattable, (figure) => {
        const text = formatFigure(figure);
        const [read] = parseFigures(text);
        expect(read).toBeDefined();
        expect(read.value).toBe(figure.value);
        expect(read.unit).toBe(figure.unit);
        expect(read.valueMax).toBe(figure.valueMax);
        expect(read.qualifier).toBe(figure.qualifier);
      }),
      { numRuns: 3000 },
    );
  });

  it('also within a sentence', () => {
    fc.assert(
      fc.property(formattable, (figure) => {
        const [read] = parseFigures(`已完成市政消火栓${formatFigure(figure)}，其余推进中`);
        expect(read.value).toBe(figure.value);
        expect(read.unit).toBe(figure.unit);
        expect(read.valueMax).toBe(figure.valueMax);
        expect(read.qualifier).toBe(figure.qualifier);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('linear time', () => {
  const chunk = '2023年8月完成市政消火栓建设62个，约1.9万人次，累计投资2,575万元；一季度新建3-5处、1、2月份①②(1)G518 ';

  function repeatTo(piece: string, length: number): string {
    return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  }

  function parseAll(text: string): void {
    parseFigures(text);
    findPeriods(text, { year: 2023 });
    normalizeText(text);
    parseNumber(text);
  }

  function millisecondsFor(text: string): number {
    const started = Date.now();
    parseAll(text);
    return Date.now() - started;
  }

  // Compiled code, not the interpreter's first pass, is what a quadratic path would slow down.
  beforeAll(() => {
    for (let round = 0; round < 3; round++) parseAll(repeatTo(chunk, 20_000));
  });

  it('parses a 100,000-character cell well under 500 ms', () => {
    const text = repeatTo(chunk, 100_000);
    const started = Date.now();
    const figures = parseFigures(text);
    const periods = findPeriods(text, { year: 2023 });
    const normalised = normalizeText(text);
    const elapsed = Date.now() - started;
    expect(figures.length).toBeGreaterThan(5000);
    expect(periods.length).toBeGreaterThan(4000);
    expect(normalised.length).toBeGreaterThan(90_000);
    expect(elapsed).toBeLessThan(500);
  });

  it.each([
    ['digits', '1'.repeat(100_000)],
    ['Chinese numerals', '一'.repeat(100_000)],
    ['a month list', '1、'.repeat(50_000)],
    ['spaces', '1' + ' '.repeat(99_999)],
    ['spaced characters', '已 '.repeat(50_000)],
    ['dashes', '3-'.repeat(50_000)],
    ['thousands', '1,000'.repeat(20_000)],
    ['dotted numbers', '1.2'.repeat(33_000)],
    ['tags', '<a'.repeat(50_000)],
    ['qualifier words', '力争'.repeat(50_000)],
    ['years', '2023年'.repeat(20_000)],
  ])('stays linear on 100,000 characters of %s', (_name, text) => {
    // Some of these hold 50,000 figures; a quadratic path would take minutes, not a second.
    expect(millisecondsFor(text)).toBeLessThan(1500);
  });
});
