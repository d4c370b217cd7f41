import {
  AS_OF_WORDS,
  CUMULATIVE_WORDS,
  INCREMENT_WORDS,
  NOT_CUMULATIVE_AFTER_共,
  NOT_INCREMENT_AFTER_再,
} from "../../../src/core/vocabulary/cumulative";
import { listsHolding } from "./lists";

describe("cumulative and increment words", () => {
  test.each<[string, string[]]>([
    ["累计", ["CUMULATIVE_WORDS"]],
    ["共计", ["CUMULATIVE_WORDS"]],
    ["合计", ["CUMULATIVE_WORDS"]],
    ["全部", ["CUMULATIVE_WORDS"]],
    ["达到", ["CUMULATIVE_WORDS"]],
    ["共有", ["CUMULATIVE_WORDS"]],
    ["新增", ["INCREMENT_WORDS"]],
    ["新建", ["INCREMENT_WORDS"]],
    ["增加", ["INCREMENT_WORDS"]],
    ["完成", []],
    ["改造", []],
    ["小计", []],
  ])("%s is in %j", (word, lists) => {
    expect(listsHolding({ CUMULATIVE_WORDS, INCREMENT_WORDS }, word)).toEqual(lists);
  });
});

describe("words in which 共 and 再 flag nothing", () => {
  test.each([
    ["共享", true],
    ["共同", true],
    ["共建", true],
    ["共产", true],
    ["共计", false],
    ["共有", false],
  ])("%s: 共 means together %s", (word, together) => {
    expect(NOT_CUMULATIVE_AFTER_共.includes(word[1])).toBe(together);
  });

  test.each([
    ["再就业", true],
    ["再生资源", true],
    ["再次", true],
    ["再造", true],
    ["再建", false],
    ["再新增", false],
  ])("%s: 再 means again %s", (text, again) => {
    expect(NOT_INCREMENT_AFTER_再.some((word) => text.startsWith(word, 1))).toBe(again);
  });
});

describe("words that date a sentence's figures", () => {
  test.each([
    ["截至目前，救助妇女522人", true],
    ["截止6月底", true],
    ["1-6月份，抽检成品油273批次", false],
    ["累计抽检180批次", false],
  ])("%s: %s", (text, asOf) => {
    expect(AS_OF_WORDS.test(text)).toBe(asOf);
  });
});
