import { OFFICE_NAME_ENDING } from "../../../src/core/vocabulary/offices";

describe("how office names end", () => {
  test.each([
    ["县水务局", true],
    ["团县委", true],
    ["红十字会", true],
    ["县人民医院", true],
    ["县融媒体中心", true],
    ["国网供电公司", true],
    ["城投集团", true],
    ["东城街道", true],
    ["马头镇", true],
    ["项目指挥部", true],
    ["县市场监管局等", true],
    ["县人民法院", true],
    ["工作专班", true],
    ["农业", false],
    ["红十", false],
    ["市行政审", false],
    ["教育", false],
    ["", false],
  ])("%j is a whole name: %s", (fragment, whole) => {
    expect(OFFICE_NAME_ENDING.test(fragment)).toBe(whole);
  });
});
