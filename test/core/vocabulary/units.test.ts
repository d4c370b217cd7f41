import {
  DEFINITIONS,
  KILO_UNITS,
  RATE_DENOMINATORS,
  UnitDefinition,
} from "../../../src/core/vocabulary/units";

/** The unit a spelling names, by its canonical spelling or one of its aliases. */
function definitionOf(spelling: string): UnitDefinition | undefined {
  return DEFINITIONS.find((d) => d.canonical === spelling || d.aliases?.includes(spelling));
}

describe("unit spellings", () => {
  test.each<[string, string, string | undefined, number | undefined, string | undefined]>([
    ["元", "元", undefined, undefined, undefined],
    ["万元", "万元", "元", 4, undefined],
    ["亿元", "亿元", "元", 8, undefined],
    ["人员", "人", undefined, undefined, undefined],
    ["名", "名", undefined, undefined, "人"],
    ["人次", "人次", undefined, undefined, undefined],
    ["个", "个", undefined, undefined, undefined],
    ["场次", "场次", undefined, undefined, "场"],
    ["批次", "批次", undefined, undefined, "批"],
    ["km", "公里", "米", 3, undefined],
    ["千米", "公里", "米", 3, undefined],
    ["㎡", "平方米", undefined, undefined, undefined],
    ["万平米", "万平方米", "平方米", 4, undefined],
    ["平方千米", "平方公里", "平方米", 6, undefined],
    ["公顷", "公顷", "平方米", 4, undefined],
    ["万亩", "万亩", "亩", 4, undefined],
    ["m3", "立方米", undefined, undefined, undefined],
    ["公斤", "千克", undefined, undefined, undefined],
    ["mw", "兆瓦", "千瓦", 3, undefined],
    ["kwh", "千瓦时", undefined, undefined, undefined],
    ["周岁", "岁", undefined, undefined, undefined],
    ["个百分点", "百分点", undefined, undefined, undefined],
  ])("%s is %s (base %s, 10^%s, counts as %s)", (spelling, canonical, base, power10, sameAs) => {
    const definition = definitionOf(spelling);
    expect(definition?.canonical).toBe(canonical);
    expect(definition?.base).toBe(base);
    expect(definition?.power10).toBe(power10);
    expect(definition?.sameAs).toBe(sameAs);
  });

  // 道, 门, 段, 把, 对, 块 start common words after 一 and are left out
  test.each(["道", "门", "段", "把", "对", "块", "斤", "年", "月", "mm", ""])(
    "%j is no unit",
    (spelling) => {
      expect(definitionOf(spelling)).toBeUndefined();
    }
  );

  test.each([
    ["人次", "人"],
    ["人", undefined],
    ["名", undefined],
    ["次", undefined],
  ])("%s tallies %s", (spelling, tallies) => {
    expect(definitionOf(spelling)?.tallies).toBe(tallies);
  });

  test("each unit is defined once, and no spelling names two units", () => {
    const spellings = DEFINITIONS.flatMap((d) => [d.canonical, ...(d.aliases ?? [])]);
    expect(new Set(spellings).size).toBe(spellings.length);
  });
});

describe("rate denominators and units written with 千", () => {
  test.each([
    ["月", true],
    ["秒", true],
    ["人", true],
    ["亩", true],
    ["个", false],
    ["元", false],
  ])("%s may follow a rate's slash: %s", (word, denominator) => {
    expect(RATE_DENOMINATORS.includes(word)).toBe(denominator);
  });

  test.each([
    ["千伏安", true],
    ["千瓦时", true],
    ["千克", true],
    ["千米", false],
    ["千元", false],
  ])("%s keeps the 千 of a numeral: %s", (unit, kilo) => {
    expect(KILO_UNITS.has(unit)).toBe(kilo);
  });
});
