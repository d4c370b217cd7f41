import { Role, matchHeader, monthInHeader } from "../../../src/core/detect/roles";
import { compactText } from "../../../src/core/text/normalize";

/**
 * Header words, compacted as detection passes them to matchHeader, and the roles they name. Sources:
 * the five workbooks (../shared/workbooks), the field corpus (test/fixtures/field/*.sheet.json) and
 * the synonyms other offices write (test/helpers/headerSynonyms.ts, templates filled in as for the
 * five workbooks: `{y}` 2024, `{m}` 12).
 */
describe("header words name roles", () => {
  test.each<[string, Role[]]>([
    // seq
    ["序号", ["seq"]],
    ["编号", ["seq"]],
    ["序", ["seq"]],
    ["号", ["seq"]],
    ["项目编号", ["seq"]],
    ["任务编号", ["seq"]],
    // a lead unit and its task in one cell (tancheng)
    ["牵头单位及工作任务", ["lead", "target"]],
    ["牵头单位及分年度工作任务", ["lead", "target"]],
    ["责任单位及工作任务", ["lead", "target"]],
    ["责任单位及目标任务", ["lead", "target"]],
    ["责任单位及年度任务", ["lead", "target"]],
    // rate
    ["完成率(%)", ["rate"]],
    ["任务完成率", ["rate"]],
    ["计划投资完成率", ["rate"]],
    ["投资完成率(%)", ["rate"]],
    ["完成比例", ["rate"]],
    ["完成比例(%)", ["rate"]],
    ["完成比例%", ["rate"]],
    ["完成比率", ["rate"]],
    ["完成进度", ["rate"]],
    ["完成进度(%)", ["rate"]],
    ["占全年计划", ["rate"]],
    ["占年度计划比例(%)", ["rate"]],
    ["占年度目标的比重", ["rate"]],
    ["占年任务之比", ["rate"]],
    ["占任务比例", ["rate"]],
    ["完成年度目标", ["rate"]],
    ["完成全年任务的百分比(%)", ["rate"]],
    // type
    ["项目类型", ["type"]],
    ["实施类型", ["type"]],
    ["建设性质", ["type"]],
    ["项目性质", ["type"]],
    // category
    ["类别", ["category"]],
    ["项目类别", ["category"]],
    ["分类", ["category"]],
    ["领域", ["category"]],
    ["板块", ["category"]],
    // partners, before lead: 配合责任单位 holds 责任单位
    ["协办单位", ["partners"]],
    ["参与单位", ["partners"]],
    ["配合单位", ["partners"]],
    ["协同单位", ["partners"]],
    ["参与部门", ["partners"]],
    ["配合部门", ["partners"]],
    ["协办部门", ["partners"]],
    ["协助单位", ["partners"]],
    ["配合责任单位", ["partners"]],
    // lead
    ["牵头单位", ["lead"]],
    ["责任单位", ["lead"]],
    ["牵头部门", ["lead"]],
    ["责任部门", ["lead"]],
    ["主办单位", ["lead"]],
    ["实施单位", ["lead"]],
    ["承办单位", ["lead"]],
    ["责任主体", ["lead"]],
    ["牵头领导", ["lead"]],
    ["主责单位", ["lead"]],
    ["主管部门", ["lead"]],
    ["承担单位", ["lead"]],
    ["建设单位", ["lead"]],
    ["业主单位", ["lead"]],
    // investTotal
    ["项目计划总投资", ["investTotal"]],
    ["项目总投资", ["investTotal"]],
    ["计划总投资", ["investTotal"]],
    ["总投资", ["investTotal"]],
    ["总投资(万元)", ["investTotal"]],
    ["总投资金额", ["investTotal"]],
    ["投资总额", ["investTotal"]],
    // investDone
    ["完成投资", ["investDone"]],
    ["已完成投资", ["investDone"]],
    ["累计完成投资", ["investDone"]],
    ["已投资", ["investDone"]],
    ["实际投资", ["investDone"]],
    ["投资完成额", ["investDone"]],
    ["投资完成情况", ["investDone"]],
    ["百日会战完成投资(亿元)", ["investDone"]],
    ["累计完成投资额(万元)", ["investDone"]],
    ["1-6月底累计完成投资(万元)", ["investDone"]],
    // investYear
    ["2024年计划投资", ["investYear"]],
    ["2024年度计划投资", ["investYear"]],
    ["2024年度投资计划", ["investYear"]],
    ["2024年计划投资额", ["investYear"]],
    ["年度投资", ["investYear"]],
    ["年度计划投资", ["investYear"]],
    ["本年计划投资", ["investYear"]],
    ["当年投资", ["investYear"]],
    ["当年投资金额", ["investYear"]],
    ["年度投资目标(万元)", ["investYear"]],
    // nextPlan
    ["4月份计划", ["nextPlan"]],
    ["5月计划", ["nextPlan"]],
    ["12月份工作计划", ["nextPlan"]],
    ["下月计划", ["nextPlan"]],
    ["下月工作计划", ["nextPlan"]],
    ["下阶段计划", ["nextPlan"]],
    ["下步计划", ["nextPlan"]],
    ["下一步计划", ["nextPlan"]],
    ["下一步工作计划", ["nextPlan"]],
    ["下一步打算", ["nextPlan"]],
    ["下一步工作安排", ["nextPlan"]],
    // plan
    ["进度计划", ["plan"]],
    ["月度计划", ["plan"]],
    ["项目月度计划", ["plan"]],
    ["季度计划", ["plan"]],
    ["计划安排", ["plan"]],
    ["实施计划", ["plan"]],
    ["时间安排", ["plan"]],
    ["进度安排", ["plan"]],
    ["推进计划", ["plan"]],
    ["年度推进计划", ["plan"]],
    ["节点计划", ["plan"]],
    ["序时进度安排", ["plan"]],
    // status
    ["工作成效", ["status"]],
    ["目标完成情况", ["status"]],
    ["完成状态", ["status"]],
    ["推进状态", ["status"]],
    ["进展状态", ["status"]],
    ["状态", ["status"]],
    ["项目状态", ["status"]],
    ["任务状态", ["status"]],
    ["进度评价", ["status"]],
    ["推进评价", ["status"]],
    // actualValue
    ["实际完成", ["actualValue"]],
    ["完成数", ["actualValue"]],
    ["已完成数", ["actualValue"]],
    ["完成值", ["actualValue"]],
    ["完成量", ["actualValue"]],
    ["累计完成", ["actualValue"]],
    ["实绩", ["actualValue"]],
    // progress
    ["推进情况", ["progress"]],
    ["项目推进情况", ["progress"]],
    ["12月份推进情况", ["progress"]],
    ["进展情况", ["progress"]],
    ["进度情况", ["progress"]],
    ["工作进展", ["progress"]],
    ["12月份工作进展", ["progress"]],
    ["当前工作进展", ["progress"]],
    ["进展", ["progress"]],
    ["12月份进展", ["progress"]],
    ["推进进度", ["progress"]],
    ["完成情况", ["progress"]],
    ["落实情况", ["progress"]],
    ["当前进度", ["progress"]],
    ["目前进度", ["progress"]],
    ["进度", ["progress"]],
    ["形象进度", ["progress"]],
    ["工程进度", ["progress"]],
    // deadline
    ["完成时限", ["deadline"]],
    ["完成时间", ["deadline"]],
    ["计划完成时间", ["deadline"]],
    ["预计完成时间", ["deadline"]],
    ["时限", ["deadline"]],
    ["办结时限", ["deadline"]],
    ["截止时间", ["deadline"]],
    ["时间节点", ["deadline"]],
    ["完成期限", ["deadline"]],
    ["办结时间", ["deadline"]],
    // problems
    ["存在问题", ["problems"]],
    ["存在的问题", ["problems"]],
    ["存在的问题与困难", ["problems"]],
    ["问题", ["problems"]],
    ["困难问题", ["problems"]],
    ["问题及建议", ["problems"]],
    // year
    ["年度", ["year"]],
    ["年份", ["year"]],
    ["实施年度", ["year"]],
    ["年度安排", ["year"]],
    // targetValue
    ["目标值", ["targetValue"]],
    ["年度目标值", ["targetValue"]],
    ["计划数", ["targetValue"]],
    ["任务数", ["targetValue"]],
    ["目标", ["targetValue"]],
    ["目标数", ["targetValue"]],
    ["年度目标", ["targetValue"]],
    ["目标任务数", ["targetValue"]],
    // remark
    ["备注", ["remark"]],
    ["说明", ["remark"]],
    // level
    ["项目等级", ["level"]],
    ["等级", ["level"]],
    ["级别", ["level"]],
    ["项目级别", ["level"]],
    // overview
    ["项目概况", ["overview"]],
    ["项目简介", ["overview"]],
    ["基本情况", ["overview"]],
    ["项目基本情况", ["overview"]],
    // measures
    ["工作措施", ["measures"]],
    ["推进措施", ["measures"]],
    ["保障措施", ["measures"]],
    ["主要措施", ["measures"]],
    // target (linyi's 具体措施 is read as its task's target)
    ["任务目标", ["target"]],
    ["任务明细", ["target"]],
    ["具体项目内容", ["target"]],
    ["具体措施", ["target"]],
    ["建设内容", ["target"]],
    ["主要内容", ["target"]],
    ["项目内容", ["target"]],
    ["工作目标", ["target"]],
    ["建设规模", ["target"]],
    ["目标要求", ["target"]],
    ["具体内容", ["target"]],
    ["分年度工作任务", ["target"]],
    ["分年度目标任务", ["target"]],
    ["年度目标任务", ["target"]],
    ["目标任务及标准", ["target"]],
    // name (shanting's 目标任务 names its task; numbers under it make a target, see columnRoles)
    ["名称", ["name"]],
    ["项目名称", ["name"]],
    ["实事项目名称", ["name"]],
    ["县区名称", ["name"]],
    ["工作任务", ["name"]],
    ["目标任务", ["name"]],
    ["民生实事", ["name"]],
    ["实事项目", ["name"]],
    ["事项", ["name"]],
    ["项目", ["name"]],
    ["指标", ["name"]],
    ["考核指标", ["name"]],
    ["内容", ["name"]],
    ["工作内容", ["name"]],
    // a by-place table's items are its places
    ["地区", ["name"]],
    ["县区", ["name"]],
    ["市县", ["name"]],
    ["市州", ["name"]],
    ["乡镇、街道", ["name"]],
  ])("%s → %j", (header, roles) => {
    const match = matchHeader(header);
    expect(match?.roles).toEqual(roles);
    expect(match?.funding).toBeUndefined();
    expect(match?.output).toBeUndefined();
  });
});

describe("funding sources: no role of their own", () => {
  test.each([
    "上级补助",
    "上级资金",
    "上级补助资金",
    "上级财政资金",
    "中央资金",
    "中央补助",
    "中央预算内投资",
    "省级资金",
    "省资金",
    "省财政",
    "市级配套",
    "市补助",
    "县财政统筹",
    "区级财政",
    "县级资金",
    "镇级配套",
    "财政统筹",
    "财政资金",
    "社会资本",
    "社会资金",
    "社会资金投入",
    "自筹资金",
    "单位自筹",
    "部门自筹",
    "群众自筹",
    "银行贷款",
    "专项债",
    "债券资金",
    "其他资金",
    "企业投资",
    "整合资金",
  ])("%s is a funding source", (header) => {
    expect(matchHeader(header)).toEqual({ roles: [], funding: true });
  });
});

describe("headers that name no role", () => {
  test.each([
    "",
    "单位",
    "户数",
    "总户数",
    "C级",
    "无房户",
    "合计",
    "附件1",
    "就业促进工程",
    "城镇新增就业(人)",
    "促进城乡劳动者就业创业",
    // a status word stands in data rows: taken for a header, it would start a table mid-sheet
    "已完成",
    "推进生活垃圾分类",
  ])("%j names none", (header) => {
    expect(matchHeader(header)).toBeNull();
  });
});

describe("Taizhang's own columns", () => {
  test.each<[string, Role[]]>([
    ["完成率", ["rate"]],
    ["序时进度", []],
    ["进度状态", ["status"]],
    ["本期计划", []],
    ["下期计划", ["nextPlan"]],
    ["校验提示", []],
    ["较上期", []],
  ])("%s is an output column with roles %j", (header, roles) => {
    expect(matchHeader(header)).toEqual({ roles, output: true });
  });

  test.each(["完成率(%)", "任务完成率", "进度", "下一步计划"])("%s is not", (header) => {
    expect(matchHeader(header)?.output).toBeUndefined();
  });
});

describe("headers as written, compacted before they are matched", () => {
  test.each<[string, Role[] | null]>([
    ["责任\n单位", ["lead"]],
    ["备  注", ["remark"]],
    ["序 号", ["seq"]],
    ["项 目 名 称", ["name"]],
    ["完成比例（%）", ["rate"]],
    ["12 月份推进情况", ["progress"]],
    ["地 区", ["name"]],
    ["市 州", ["name"]],
    ["单 位", null],
  ])("%j → %j", (raw, roles) => {
    expect(matchHeader(compactText(raw))?.roles ?? null).toEqual(roles);
  });
});

describe("the month a header names", () => {
  test.each<[string, number | null]>([
    ["12月份推进情况", 12],
    ["4月份计划", 4],
    ["5月计划", 5],
    ["13月份计划", null],
    ["0月计划", null],
    ["1-7月实际完成情况", null],
    ["推进情况", null],
  ])("%s → %j", (header, month) => {
    expect(monthInHeader(header)).toBe(month);
  });
});
