import { NONE_MARKS, PLACEHOLDER } from "../../../src/core/vocabulary/placeholders";

describe("a text cell left empty on purpose", () => {
  test.each([
    ["", true],
    ["—", true],
    ["--", true],
    ["/", true],
    ["\\", true],
    ["。", true],
    ["……", true],
    ["无", true],
    ["暂无", true],
    ["无进展", false],
    ["已完成", false],
    ["0", false],
  ])("%j: %s", (text, empty) => {
    expect(PLACEHOLDER.test(text)).toBe(empty);
  });
});

describe("none in a figure column", () => {
  test.each([
    ["-", true],
    ["——", true],
    ["/", true],
    ["／", true],
    ["无", true],
    ["", false],
    ["暂无", false],
    ["0", false],
    ["-5", false],
  ])("%j: %s", (text, none) => {
    expect(NONE_MARKS.test(text)).toBe(none);
  });
});
