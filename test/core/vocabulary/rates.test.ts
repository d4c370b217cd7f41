import {
  CEILING_WORDS,
  COMPLETION_BEFORE_PERCENT,
  COMPLETION_RATE_WORDS,
  RATE_CHANGE_VERBS,
  RESTATED_TARGET_WORDS,
  TO_DATE_WORDS,
  FREE_RATE_WORDS,
  PERCENT_HEADER_WORDS,
  SHARE_WORDS,
  UNCAPPED_RATE_WORDS,
} from "../../../src/core/vocabulary/rates";
import { listsHolding } from "./lists";

describe("headers whose bare numbers are percents", () => {
  test.each([
    ["完成比例(%)", true],
    ["完成比例%", true],
    ["完成比例％", true],
    ["城镇登记失业率低于(%)", true],
    ["完成率", true],
    ["开工率", true],
    ["计划投资完成率", true],
    ["占比", true],
    ["比重", true],
    ["完成比率", true],
    ["百分比", true],
    ["完成投资占年度投资目标的比例(%)", true],
    ["完成情况", false],
    ["目标任务", false],
    ["计划投资额(万元)", false],
    ["比较", false],
    ["进度", false],
  ])("%s: %s", (header, percent) => {
    expect(PERCENT_HEADER_WORDS.test(header)).toBe(percent);
  });
});

describe("rates of completion against a plan", () => {
  test.each([
    ["完成率", true],
    ["任务完成率", true],
    ["投资完成率", true],
    ["计划投资完成率", true],
    ["完成比例(%)", true],
    ["完成比率", true],
    ["完成进度", true],
    ["占全年计划", true],
    ["占年度任务", true],
    ["占计划", true],
    ["完成年度目标", true],
    ["完成全年任务", true],
    ["城镇新增就业(人)完成比例(%)", true],
    ["开工率", false],
    ["满意度", false],
    ["覆盖率", false],
    ["占比", false],
    ["城镇登记失业率低于(%)", false],
  ])("%s measures completion: %s", (header, completion) => {
    expect(COMPLETION_RATE_WORDS.test(header)).toBe(completion);
  });
});

describe("indicators whose aim is a ceiling", () => {
  test.each([
    ["城镇登记失业率低于(%)", true],
    ["城镇调查失业率", true],
    ["失业率控制在4.5%以内", true],
    ["PM2.5浓度不超过35", true],
    ["婴儿死亡率不高于5‰", true],
    ["孕产妇死亡率控制在10/10万以下", true],
    ["投诉控制率", true],
    ["城镇新增就业(人)", false],
    ["就业困难人员就业(人)", false],
    ["农村自来水普及率", false],
    ["完成率", false],
  ])("%s: %s", (label, ceiling) => {
    expect(CEILING_WORDS.test(label)).toBe(ceiling);
  });
});

describe("rate words in text", () => {
  test.each<[string, string[]]>([
    ["满意度", ["SHARE_WORDS"]],
    ["占比", ["SHARE_WORDS"]],
    ["比重", ["SHARE_WORDS"]],
    ["比例", ["SHARE_WORDS"]],
    ["增长率", ["FREE_RATE_WORDS"]],
    ["下降率", ["FREE_RATE_WORDS"]],
    ["利率", ["FREE_RATE_WORDS"]],
    ["收益率", ["FREE_RATE_WORDS"]],
    ["容积率", ["FREE_RATE_WORDS"]],
    ["负债率", ["FREE_RATE_WORDS"]],
    ["完成率", ["UNCAPPED_RATE_WORDS"]],
    ["完成比例", ["UNCAPPED_RATE_WORDS"]],
    ["执行率", ["UNCAPPED_RATE_WORDS"]],
    ["毛入学率", ["UNCAPPED_RATE_WORDS"]],
    ["覆盖率", []],
    ["普及率", []],
    ["巩固率", []],
  ])("%s is in %j", (word, lists) => {
    expect(listsHolding({ SHARE_WORDS, FREE_RATE_WORDS, UNCAPPED_RATE_WORDS }, word)).toEqual(
      lists
    );
  });

  /** As the rate checks name a rate: by the words it ends with. */
  const endsWithAny = (words: readonly string[], named: string): boolean =>
    words.some((w) => named.endsWith(w));

  test.each([
    ["地区生产总值增长率", true, false],
    ["城镇化率提升率", true, false],
    ["贷款利率", true, false],
    ["投资完成率", false, true],
    ["年度计划执行率", false, true],
    ["高中阶段毛入学率", false, true],
    ["义务教育巩固率", false, false],
    ["农村自来水普及率", false, false],
    ["群众满意度", false, false],
  ])("%s: free %s, uncapped %s", (named, free, uncapped) => {
    expect(endsWithAny(FREE_RATE_WORDS, named)).toBe(free);
    expect(endsWithAny(UNCAPPED_RATE_WORDS, named)).toBe(uncapped);
  });
});

describe("what stands right before a completion percent", () => {
  test.each<[string, boolean]>([
    ["完成率", true],
    ["完成率达到", true],
    ["完成任务的", true],
    ["完成年度计划的", true],
    ["完成全年创建计划的", true],
    ["完成了", true],
    ["完成施工形象进度的", false],
    ["覆盖率", false],
  ])("%s: %s", (before, matches) => {
    expect(COMPLETION_BEFORE_PERCENT.some((p) => p.test(before))).toBe(matches);
  });
});

describe("words of a clause around a rate's figures", () => {
  test.each<[string, RegExp, string, boolean]>([
    ["RESTATED_TARGET_WORDS", RESTATED_TARGET_WORDS, "危房改造计划追加至", true],
    ["RESTATED_TARGET_WORDS", RESTATED_TARGET_WORDS, "已改造", false],
    ["TO_DATE_WORDS", TO_DATE_WORDS, "截至6月底", true],
    ["TO_DATE_WORDS", TO_DATE_WORDS, "已完成", true],
    ["TO_DATE_WORDS", TO_DATE_WORDS, "本月完成", false],
    ["RATE_CHANGE_VERBS", RATE_CHANGE_VERBS, "提高", true],
    ["RATE_CHANGE_VERBS", RATE_CHANGE_VERBS, "同比", true],
    ["RATE_CHANGE_VERBS", RATE_CHANGE_VERBS, "提高到", false],
    ["RATE_CHANGE_VERBS", RATE_CHANGE_VERBS, "稳定在", false],
  ])("%s in %s: %s", (_name, words, text, matches) => {
    expect(words.test(text)).toBe(matches);
  });
});
