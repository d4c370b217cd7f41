import { ENTRY_VERBS, PREPOSITIONS } from "../../../src/core/vocabulary/plans";

describe("verbs that open a plan entry after a month", () => {
  test.each([
    ["完成改造", true],
    ["开展培训", true],
    ["启动建设", true],
    ["召开推进会", true],
    ["印发方案", true],
    ["开工", true],
    ["竣工验收", true],
    ["份完成", false],
    ["底前", false],
    ["项目", false],
  ])("after the month, %s opens an entry: %s", (text, opens) => {
    expect(ENTRY_VERBS.some((verb) => text.startsWith(verb))).toBe(opens);
  });
});

describe("prepositions that tie a date to its sentence", () => {
  test.each([
    ["到", true],
    ["在", true],
    ["于", true],
    ["至", true],
    ["从", true],
    ["自", true],
    ["止", true],
    ["务", false],
    ["计", false],
    [",", false],
  ])("%s before a date: %s", (before, preposition) => {
    expect(PREPOSITIONS.includes(before)).toBe(preposition);
  });
});
