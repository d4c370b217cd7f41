import { circledNumberValue, compactText, normalizeText, removeScanSpaces, splitCircledList, stripHtml, toHalfWidth } from '../../../src/core/text';

describe('toHalfWidth', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(toHalfWidth('１２０，ＡＢｃ（１）％')).toBe('120,ABc(1)%');
    expect(toHalfWidth('完成\u3000任务')).toBe('完成 任务');
  });

  it('keeps circled numbers and ㎡ (not NFKC)', () => {
    expect(toHalfWidth('①5月')).toBe('①5月');
    expect(toHalfWidth('13万㎡')).toBe('13万㎡');
    expect(normalizeText('①建设㎡')).toBe('①建设㎡');
  });

  it('keeps the length, so offsets survive', () => {
    const text = '新建６２个，约１．９万人次';
    expect(toHalfWidth(text)).toHaveLength(text.length);
  });
});

describe('normalizeText on what it changes and what it leaves', () => {
  it.each([
    ['a name', '县住建局', '县住建局'],
    ['Chinese punctuation that stays', '改造、提升。①3月', '改造、提升。①3月'],
    ['a full-width comma', '已开工，完成30%', '已开工,完成30%'],
    ['full-width digits and brackets', '（１）新建６２个', '(1)新建62个'],
    ['a byte-order mark at the start', '\ufeff县住建局', '县住建局'],
    ['an ideographic space', '完成\u3000任务', '完成任务'],
    ['a no-break space at the end', '县住建局\u00a0', '县住建局'],
    ['a tab and a carriage return', '第一\t行\r\n第二行', '第一行\n第二行'],
    ['HTML', '100m<sup>2</sup>&amp;', '100m²&'],
  ])('%s', (_what, text, normal) => {
    expect(normalizeText(text)).toBe(normal);
  });
});

describe('removeScanSpaces / normalizeText', () => {
  it('joins characters a scanner spaced out', () => {
    expect(normalizeText('已 完 成 全 年 任 务')).toBe('已完成全年任务');
    expect(normalizeText('已完 成全 年任 务')).toBe('已完成全年任务');
  });

  it('joins figures to Chinese words but never two figures', () => {
    expect(normalizeText('2023 年 8 月')).toBe('2023年8月');
    expect(removeScanSpaces('2 3')).toBe('2 3');
    expect(normalizeText('共 2 3 个')).toBe('共2 3个');
  });

  it('keeps the space between Latin words', () => {
    expect(normalizeText('PPP  project')).toBe('PPP project');
  });

  it('keeps line breaks and trims each line', () => {
    expect(normalizeText('  一是 加强 \r\n 二是 推进  ')).toBe('一是加强\n二是推进');
    expect(normalizeText('一是加强\n二是推进')).toBe('一是加强\n二是推进');
    expect(normalizeText('\n一是加强\n\n二是推进\n')).toBe('一是加强\n\n二是推进');
    expect(normalizeText('一是加强\u2003\n二是推进')).toBe('一是加强\n二是推进');
    expect(normalizeText('一是加强\n\u2003二是推进')).toBe('一是加强\n二是推进');
  });

  it('normalises the month list spacing', () => {
    expect(normalizeText('1、2 月份')).toBe('1、2月份');
  });

  it('compactText drops every space and line break', () => {
    expect(compactText('项目\n名 称')).toBe('项目名称');
  });
});

describe('stripHtml', () => {
  it('turns web-form HTML into text, m<sup>2</sup> into m²', () => {
    expect(normalizeText('<p>建设</p>面积13万m<sup>2</sup>')).toBe('建设\n面积13万m²');
    expect(stripHtml('a<br/>b&nbsp;c&amp;d&#26032;')).toBe('a\nb c&d新');
  });

  it('leaves text without markup alone', () => {
    expect(stripHtml('3 < 5')).toBe('3 < 5');
  });
});

describe('circled lists', () => {
  it('reads circled numbers', () => {
    expect(circledNumberValue('①')).toBe(1);
    expect(circledNumberValue('⑳')).toBe(20);
    expect(circledNumberValue('1')).toBeNull();
  });

  it('splits a plan at its markers', () => {
    expect(splitCircledList('①5月，甲。②6月，乙。')).toEqual([
      { marker: 1, text: '5月，甲。' },
      { marker: 2, text: '6月，乙。' },
    ]);
  });

  it('accepts a skipped marker', () => {
    expect(splitCircledList('①甲；③丙')).toEqual([
      { marker: 1, text: '甲；' },
      { marker: 3, text: '丙' },
    ]);
  });

  it('leaves a stray smaller marker inside the entry', () => {
    expect(splitCircledList('①甲②乙①丙③丁')).toEqual([
      { marker: 1, text: '甲' },
      { marker: 2, text: '乙①丙' },
      { marker: 3, text: '丁' },
    ]);
  });

  it('keeps text before the first marker', () => {
    expect(splitCircledList('计划：①甲')).toEqual([
      { marker: null, text: '计划：' },
      { marker: 1, text: '甲' },
    ]);
  });
});
