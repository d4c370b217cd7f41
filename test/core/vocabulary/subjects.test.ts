import {
  AFTER_SUBJECT_STOPS,
  GENERIC_ONLY,
  GENERIC_WORDS,
  LEADING_SUBJECT_WORDS,
  SUBJECT_BEFORE_UNITS,
  TRAILING_FILLER_WORDS,
  TRAILING_GENERIC_WORDS,
} from "../../../src/core/vocabulary/subjects";
import { listsHolding } from "./lists";

const LISTS = {
  GENERIC_WORDS,
  LEADING_SUBJECT_WORDS,
  TRAILING_FILLER_WORDS,
  TRAILING_GENERIC_WORDS,
  AFTER_SUBJECT_STOPS,
  SUBJECT_BEFORE_UNITS,
};

describe("subject word lists", () => {
  test.each<[string, string[]]>([
    ["完成", ["GENERIC_WORDS", "LEADING_SUBJECT_WORDS", "AFTER_SUBJECT_STOPS"]],
    ["累积", ["GENERIC_WORDS"]],
    ["年度", ["GENERIC_WORDS"]],
    ["项目", ["GENERIC_WORDS"]],
    ["建设", ["GENERIC_WORDS", "LEADING_SUBJECT_WORDS", "TRAILING_GENERIC_WORDS"]],
    [
      "累计",
      ["GENERIC_WORDS", "LEADING_SUBJECT_WORDS", "TRAILING_FILLER_WORDS", "AFTER_SUBJECT_STOPS"],
    ],
    ["新开工", ["LEADING_SUBJECT_WORDS"]],
    ["确保", ["LEADING_SUBJECT_WORDS"]],
    ["再", ["LEADING_SUBJECT_WORDS"]],
    ["已达", ["TRAILING_FILLER_WORDS"]],
    ["等", ["TRAILING_FILLER_WORDS"]],
    ["的", ["TRAILING_FILLER_WORDS"]],
    ["施工", ["TRAILING_GENERIC_WORDS"]],
    ["规模", ["TRAILING_GENERIC_WORDS"]],
    ["提供", ["LEADING_SUBJECT_WORDS", "AFTER_SUBJECT_STOPS"]],
    ["受益", ["AFTER_SUBJECT_STOPS"]],
    ["其中", ["AFTER_SUBJECT_STOPS"]],
    ["(", ["AFTER_SUBJECT_STOPS"]],
    ["《", ["AFTER_SUBJECT_STOPS"]],
    ["万元", ["SUBJECT_BEFORE_UNITS"]],
    ["%", ["SUBJECT_BEFORE_UNITS"]],
    ["百分点", ["SUBJECT_BEFORE_UNITS"]],
    ["消火栓", []],
    ["老人", []],
    ["个", []],
    ["人次", []],
  ])("%s is in %j", (word, lists) => {
    expect(listsHolding(LISTS, word)).toEqual(lists);
  });
});

describe("subjects of generic words only", () => {
  test.each([
    ["完成", true],
    ["已完成", true],
    ["全年任务", true],
    ["共计完成", true],
    ["累计新增", true],
    ["累积", false],
    ["完成消火栓", false],
    ["", false],
  ])("%j: %s", (key, generic) => {
    expect(GENERIC_ONLY.test(key)).toBe(generic);
  });
});
