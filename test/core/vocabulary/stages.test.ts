import { FINISH_ACTION_WORDS, START_ACTION_WORDS } from "../../../src/core/vocabulary/stages";
import { listsHolding } from "./lists";

describe("stage words", () => {
  test.each<[string, string[]]>([
    ["动工", ["START_ACTION_WORDS"]],
    ["开工", ["START_ACTION_WORDS"]],
    ["进场", ["START_ACTION_WORDS"]],
    ["开建", ["START_ACTION_WORDS"]],
    ["开始", ["START_ACTION_WORDS"]],
    ["投入使用", ["FINISH_ACTION_WORDS"]],
    ["竣工", ["FINISH_ACTION_WORDS"]],
    ["建成", ["FINISH_ACTION_WORDS"]],
    ["通车", ["FINISH_ACTION_WORDS"]],
    ["验收", ["FINISH_ACTION_WORDS"]],
    ["办结", ["FINISH_ACTION_WORDS"]],
    ["推进", []],
    ["招标", []],
    ["设计", []],
  ])("%s is in %j", (word, lists) => {
    expect(listsHolding({ START_ACTION_WORDS, FINISH_ACTION_WORDS }, word)).toEqual(lists);
  });
});
