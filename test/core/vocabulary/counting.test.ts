import {
  EACH,
  EACH_MARK_CODES,
  ENDS_IN_VERB,
  ETC,
  ETC_IN_WORD,
  LAST_JOINER,
  NAME_COUNT_UNITS,
  NOT_BREAKDOWN_BEFORE_其中,
  PER_MARK,
  TOTAL_COUNT_WORDS,
  TOTALS_COUNT_UNITS,
} from "../../../src/core/vocabulary/counting";
import { listsHolding } from "./lists";

describe("classifiers of counts", () => {
  test.each<[string, string[]]>([
    ["个", ["NAME_COUNT_UNITS", "TOTALS_COUNT_UNITS"]],
    ["项", ["NAME_COUNT_UNITS", "TOTALS_COUNT_UNITS"]],
    ["件", ["TOTALS_COUNT_UNITS"]],
    ["处", ["NAME_COUNT_UNITS"]],
    ["名", ["NAME_COUNT_UNITS"]],
    ["幢", ["NAME_COUNT_UNITS"]],
    ["种", ["NAME_COUNT_UNITS"]],
    ["人", []],
    ["公里", []],
    ["万元", []],
  ])("%s is in %j", (unit, lists) => {
    expect(listsHolding({ NAME_COUNT_UNITS, TOTALS_COUNT_UNITS }, unit)).toEqual(lists);
  });
});

describe("words of lists and totals", () => {
  test.each<["TOTAL_COUNT_WORDS" | "LAST_JOINER" | "ENDS_IN_VERB", string, boolean]>([
    ["TOTAL_COUNT_WORDS", "项目（合计：50个）", true],
    ["TOTAL_COUNT_WORDS", "总计", true],
    ["TOTAL_COUNT_WORDS", "共12项", true],
    ["TOTAL_COUNT_WORDS", "小计", false],
    ["LAST_JOINER", "红窑和五港", true],
    ["LAST_JOINER", "红窑及五港", true],
    ["LAST_JOINER", "红窑以及五港", true],
    ["LAST_JOINER", "红窑与五港", true],
    ["LAST_JOINER", "五港", false],
    ["ENDS_IN_VERB", "莒南县建设", true],
    ["ENDS_IN_VERB", "蒙阴县新建", true],
    ["ENDS_IN_VERB", "各乡镇分别", true],
    ["ENDS_IN_VERB", "全县有", true],
    ["ENDS_IN_VERB", "五港", false],
    ["ENDS_IN_VERB", "建设路小区", false],
  ])("%s in %s: %s", (name, text, matches) => {
    expect({ TOTAL_COUNT_WORDS, LAST_JOINER, ENDS_IN_VERB }[name].test(text)).toBe(matches);
  });
});

describe("marks of partial lists, of each and of per unit", () => {
  test.each([
    ["淮文宿舍楼等", true],
    ["改扩建23家等待验收", false],
    ["淮文宿舍楼", false],
  ])("%s closes a partial list: %s", (text, partial) => {
    const at = text.lastIndexOf(ETC);
    expect(at >= 0 && !text.startsWith(ETC_IN_WORD, at)).toBe(partial);
  });

  test.each([
    ["兰山区、蒙阴县各建成", true],
    ["兰山区、蒙阴县共建成", false],
  ])("%s gives a number for each: %s", (text, each) => {
    expect(text.includes(EACH)).toBe(each);
  });

  test.each([
    ["各", true],
    ["均", true],
    ["共", false],
    ["每", false],
  ])("%s before a figure makes it per unit: %s", (mark, perUnit) => {
    expect(EACH_MARK_CODES.has(mark.charCodeAt(0))).toBe(perUnit);
  });

  test.each([
    ["每人每月", true],
    ["每千人口托位数达到", true],
    ["累计发放", false],
  ])("%s makes a rate: %s", (text, rate) => {
    expect(text.includes(PER_MARK)).toBe(rate);
  });

  test.each([
    ["尤其中小企业", false],
    ["极其中", false],
    ["，其中乡村", true],
    ["岗位其中城镇", true],
  ])("%s: 其中 opens a breakdown %s", (text, breakdown) => {
    const before = text[text.indexOf("其中") - 1];
    expect(!NOT_BREAKDOWN_BEFORE_其中.includes(before)).toBe(breakdown);
  });
});
