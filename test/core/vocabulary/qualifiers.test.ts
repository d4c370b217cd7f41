import { Qualifier } from "../../../src/core/text/figures";
import {
  AIM_WORDS,
  MORE_THAN_CODES,
  NOT_APPROX_BEFORE_近,
  PREFIX_QUALIFIERS,
  SUFFIX_QUALIFIERS,
} from "../../../src/core/vocabulary/qualifiers";

/** The qualifier of the first word of `words` that `text` ends with. */
function qualifierEnding(text: string, words: readonly [string, Qualifier][]): Qualifier | null {
  return words.find(([word]) => text.endsWith(word))?.[1] ?? null;
}

/** The qualifier of the first word of `words` that `text` starts with. */
function qualifierStarting(text: string, words: readonly [string, Qualifier][]): Qualifier | null {
  return words.find(([word]) => text.startsWith(word))?.[1] ?? null;
}

describe("qualifiers before a figure", () => {
  test.each<[string, Qualifier | null]>([
    ["不少于", "atLeast"],
    ["人数不低于", "atLeast"],
    ["不超过", "atMost"],
    ["超过", "atLeast"],
    ["控制在", "atMost"],
    ["至少", "atLeast"],
    ["最多", "atMost"],
    ["大约", "approx"],
    ["将近", "approx"],
    ["逾", "atLeast"],
    ["约", "approx"],
    ["近", "approx"],
    ["达到", null],
    ["新建", null],
  ])("%s → %s", (text, qualifier) => {
    expect(qualifierEnding(text, PREFIX_QUALIFIERS)).toBe(qualifier);
  });

  test.each([
    ["就", true],
    ["附", true],
    ["临", true],
    ["将", false],
    ["接", false],
  ])("近 after %s means near: %s", (before, near) => {
    expect(NOT_APPROX_BEFORE_近.includes(before)).toBe(near);
  });
});

describe("qualifiers after a figure", () => {
  test.each<[string, Qualifier | null]>([
    ["及以上", "atLeast"],
    ["以上的家庭", "atLeast"],
    ["以下", "atMost"],
    ["以内", "atMost"],
    ["之内", "atMost"],
    ["左右", "approx"],
    ["上下", "approx"],
    ["以来", null],
    ["的", null],
  ])("%s → %s", (text, qualifier) => {
    expect(qualifierStarting(text, SUFFIX_QUALIFIERS)).toBe(qualifier);
  });
});

describe("余 and 多 between a number and its unit, and aim words", () => {
  test.each([
    ["余", true],
    ["多", true],
    ["个", false],
    ["万", false],
  ])("%s is more-than: %s", (ch, moreThan) => {
    expect(MORE_THAN_CODES.has(ch.charCodeAt(0))).toBe(moreThan);
  });

  test.each([
    ["力争", true],
    ["争取", true],
    ["确保", false],
    ["计划", false],
  ])("%s is an aim word: %s", (word, aim) => {
    expect(AIM_WORDS.includes(word)).toBe(aim);
  });
});
