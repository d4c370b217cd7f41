import {
  SUBTOTAL_WORDS,
  TOTAL_HEADER_AFFIXES,
  TOTALS_WORD_CHAR,
  TOTALS_WORDS,
  WHOLE_AREA_WORDS,
} from "../../../src/core/vocabulary/totals";
import { listsHolding } from "./lists";

describe("words of totals rows", () => {
  test.each<[string, string[]]>([
    ["合计", ["TOTALS_WORDS"]],
    ["总计", ["TOTALS_WORDS"]],
    ["共计", ["TOTALS_WORDS"]],
    ["项目(合计:50个)", ["TOTALS_WORDS"]],
    ["资金合计", ["TOTALS_WORDS"]],
    ["小计", ["SUBTOTAL_WORDS"]],
    ["县级项目小计", ["SUBTOTAL_WORDS"]],
    ["计划", []],
    ["统计", []],
    ["设计", []],
    ["合同", []],
    ["全市", []],
  ])("%s: %j", (text, lists) => {
    const names = Object.entries({ TOTALS_WORDS, SUBTOTAL_WORDS })
      .filter(([, pattern]) => pattern.test(text))
      .map(([name]) => name);
    expect(names).toEqual(lists);
  });

  test.each(["合计", "总计", "共计", "小计"])("%s holds the totals character", (word) => {
    expect(word.includes(TOTALS_WORD_CHAR)).toBe(true);
  });

  test("the totals character is one of a list's entries", () => {
    expect(listsHolding({ TOTALS: ["计"] }, TOTALS_WORD_CHAR)).toEqual(["TOTALS"]);
  });
});

describe("rows for a whole area", () => {
  test.each([
    ["全市", true],
    ["全县", true],
    ["全区", true],
    ["全省", true],
    ["全州", true],
    ["全盟", true],
    ["全旗", true],
    ["全镇", true],
    ["全乡", true],
    ["总体", true],
    ["汇总", true],
    ["全市合计", true],
    ["全县合计", true],
    ["全市范围", false],
    ["市本级", false],
    ["东坡区", false],
    ["全面", false],
    ["合计", false],
    ["全市新增", false],
  ])("%s is a whole area: %s", (text, whole) => {
    expect(WHOLE_AREA_WORDS.test(text)).toBe(whole);
  });
});

describe("a sub-header that totals its namesakes", () => {
  test.each<[string, string]>([
    ["总户数", "户数"],
    ["合计补助资金", "补助资金"],
    ["补助资金合计", "补助资金"],
    ["小计金额", "金额"],
    ["补助资金(万元)", "补助资金(万元)"],
    ["户数", "户数"],
  ])("%s → %s", (header, key) => {
    expect(header.replace(TOTAL_HEADER_AFFIXES, "")).toBe(key);
  });
});
