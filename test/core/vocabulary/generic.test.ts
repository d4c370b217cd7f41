import {
  CATEGORY_HEADING,
  INDICATOR_ACTUAL_WORDS,
  INDICATOR_TARGET_WORDS,
  MONEY_UNIT,
  NOTE_WORDS,
  TITLE_WORDS,
} from "../../../src/core/vocabulary/generic";

describe("notes and signature lines under a table", () => {
  test.each([
    ["注:本表数据截至10月31日", true],
    ["注：", true],
    ["说明:完成率为累计完成数除以目标任务", true],
    ["备注:", true],
    ["填报人:张三", true],
    ["审核人:", true],
    ["制表人:李四", true],
    ["联系人:王五", true],
    ["联系电话:0539-1234567", true],
    ["填表说明", true],
    ["数据来源:县统计局", true],
    ["填报单位:兰陵县民生实事办公室截至时间:2023年6月30日", true],
    ["报送单位:县发改局", true],
    ["项目名称", false],
    ["合计", false],
    ["一、加强困难群体关爱保障", false],
    ["县教育局", false],
  ])("%s is a note: %s", (text, note) => {
    expect(NOTE_WORDS.test(text)).toBe(note);
  });
});

describe("category headings", () => {
  test.each([
    ["一、加强困难群体关爱保障", true],
    ["二.教育事业", true],
    ["三．医疗卫生", true],
    ["十一、城乡建设", true],
    ["(二)养老服务", true],
    ["（三）就业创业", true],
    ["第三部分", true],
    ["第一类", true],
    ["1、新建学校", false],
    ["一季度", false],
    ["第三季度", false],
    ["项目(合计:50个)", false],
    ["(1)新建学校", false],
  ])("%s is a heading: %s", (text, heading) => {
    expect(CATEGORY_HEADING.test(text)).toBe(heading);
  });
});

describe("titles above a header", () => {
  test.each([
    ["2024年县政府民生实事项目表", true],
    ["临沂市2022年度20项重点民生实事12月份推进情况", true],
    ["2025年一季度民生实事工作进展情况台账", true],
    ["民生实事任务清单", true],
    ["2024年民生实事实施方案", true],
    ["重点项目推进计划", true],
    ["表2:", true],
    ["附件1", false],
    ["(截至2021年8月底)", false],
    ["填报单位:兰陵县民生实事办公室截至时间:2023年6月30日", false],
  ])("%s: %s", (text, title) => {
    expect(TITLE_WORDS.test(text)).toBe(title);
  });
});

describe("the money unit a title or header states", () => {
  test.each<[string, string | null]>([
    ["投资规模及资金筹措方案(单位:万元)", "万元"],
    ["单位:亿元", "亿元"],
    ["单位:元", "元"],
    ["单位:千元", "千元"],
    ["单位万元", "万元"],
    ["单位：万元", "万元"],
    ["资金分配额(万元)", null],
    ["责任单位", null],
    ["单位:人", null],
  ])("%s → %j", (text, unit) => {
    expect(MONEY_UNIT.exec(text)?.[1] ?? null).toBe(unit);
  });
});

describe("sub-headers under an indicator of a by-place table", () => {
  test.each<[string, "target" | "actual" | null]>([
    ["目标任务", "target"],
    ["目标任务(人)", "target"],
    ["目标", "target"],
    ["任务", "target"],
    ["目标值", "target"],
    ["计划", "target"],
    ["计划数", "target"],
    ["任务数", "target"],
    ["年度目标", "target"],
    ["全年目标", "target"],
    ["目标数", "target"],
    ["进度", "actual"],
    ["进度(人)", "actual"],
    ["完成", "actual"],
    ["完成值", "actual"],
    ["完成数", "actual"],
    ["实际完成", "actual"],
    ["累计完成", "actual"],
    ["已完成", "actual"],
    ["完成情况", "actual"],
    ["实绩", "actual"],
    ["完成比例(%)", null],
    ["完成率", null],
    ["当前进度", null],
    ["工作目标", null],
    ["目标任务完成率", null],
    ["备注", null],
  ])("%s → %j", (header, kind) => {
    const target = INDICATOR_TARGET_WORDS.test(header);
    const actual = INDICATOR_ACTUAL_WORDS.test(header);
    expect(target && actual).toBe(false);
    expect(target ? "target" : actual ? "actual" : null).toBe(kind);
  });
});
