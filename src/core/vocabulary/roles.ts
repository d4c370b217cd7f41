/**
 * The header words that name a column's role, as one table of rules. Headers are matched after
 * compacting (normal form, no white space), so `责任\n单位` matches like `责任单位`. The first rule
 * that matches wins: combined and specific headers come first.
 */

import type { Role } from "../detect/roles";
import { PLACE_HEADER_WORDS } from "./places";

export interface RoleWords {
  pattern: RegExp;
  roles: Role[];
  /** A funding source (上级补助, 县财政统筹 …): not a role of its own, there may be several. */
  funding?: boolean;
  /**
   * The role the header takes when another column of the table already holds its first one:
   * `目标任务` names the task, or beside a name column states its target; `具体措施` is the target,
   * or beside one the measures.
   */
  otherwise?: Role;
}

export const ROLE_WORDS: readonly RoleWords[] = [
  {
    pattern: /^(序号|编号|序|项目编号|任务编号|号|项目编码|项目序号|事项编号|任务序号|编码)$/,
    roles: ["seq"],
  },
  { pattern: /(牵头|责任)(单位|部门)及.*(任务|目标)/, roles: ["lead", "target"] },
  {
    pattern:
      /^(任务)?完成率(\(%\))?$|^完成比例|完成率\(?%?\)?$|^完成(进度|比例|比率)\(?%?\)?$|占(年度|全年)(计划|任务|目标)(的)?(比例|比重)?\(?%?\)?$|^完成(年度|全年)(计划|任务|目标)(的)?(比例|百分比)?\(?%?\)?$|^占(年|年度|全年)?(任务|计划|目标)(之比|的?比例|比重)/,
    roles: ["rate"],
  },
  {
    pattern: /项目类型|实施类型|建设性质|项目性质|建设阶段|建设类型|^新建\/续建$|^新建或续建$/,
    roles: ["type"],
  },
  { pattern: /类别$|^(所属|项目|行业)?(领域|分类)$|^板块$/, roles: ["category"] },
  {
    pattern:
      /协办|参与单位|配合单位|协同单位|参与部门|配合部门|协办部门|协助单位|配合责任单位|协同部门|协作单位|协作部门/,
    roles: ["partners"],
  },
  {
    pattern:
      /牵头单位|责任单位|牵头部门|责任部门|主办单位|实施单位|承办单位|责任主体|牵头领导|主责单位|主管部门|承担单位|建设单位|业主单位/,
    roles: ["lead"],
  },
  { pattern: /总投资|投资总额|投资合计/, roles: ["investTotal"] },
  { pattern: /^\d{4}年度?计划(完成)?投资/, roles: ["investYear"] },
  {
    pattern: /(已|累计)?完成投资|已投资|实际投资|投资完成(额|情况)?$|已完成投资/,
    roles: ["investDone"],
  },
  {
    pattern: /\d{4}年.*投资|年度(计划)?投资|本年(计划)?投资|当年(计划)?投资/,
    roles: ["investYear"],
  },
  {
    pattern:
      /上级补助|上级资金|中央(资金|补助|预算|投资)|省级?(资金|补助|财政|投资)|市级?(资金|补助|财政|配套)|(县|区|市|镇)级?财政|(县|区|镇)级(资金|配套)|财政统筹|财政资金|社会资本|社会资金|自筹|银行贷款|专项债|债券资金|其他资金|企业投资|整合资金|群众自筹|本级资金|县级投入|配套资金|社会投资|民间资本|社会融资|自有资金|上级财政资金/,
    roles: [],
    funding: true,
  },
  {
    pattern:
      /^\d{1,2}月份?(工作)?计划$|^下(一)?(月|期|阶段|步)(工作)?(计划|打算|安排|举措|建议|工作)?$|^下一步(工作)?(计划|打算|安排|举措|措施)$/,
    roles: ["nextPlan"],
  },
  {
    pattern:
      /进度计划|月度计划|季度计划|计划安排|实施计划|时间安排|进度安排|推进计划|节点计划|序时进度安排|实施步骤|^计划进度$|工期进度|工期安排/,
    roles: ["plan"],
  },
  {
    pattern: /工作成效|目标完成情况|完成状态|推进状态|进展状态|状态|进度评价|推进评价|是否滞后/,
    roles: ["status"],
  },
  {
    pattern: /实际完成(数|值|量|数量)?$|完成数|已完成数|完成值|完成量|^累计完成$|^实绩$/,
    roles: ["actualValue"],
  },
  {
    pattern:
      /推进情况|进展情况|进度情况|工作进展|进展|推进进度|完成情况|落实情况|当前进度|完成进度|目前进度|^进度$|形象进度|工程进度/,
    roles: ["progress"],
  },
  { pattern: /完成时限|完成时间|时限|截止时间|时间节点|完成期限|办结时间/, roles: ["deadline"] },
  { pattern: /存在.{0,4}(问题|困难)|^问题|困难(和|与|及)?问题|问题及建议/, roles: ["problems"] },
  {
    pattern: /^(年度|年份|实施年度|年度安排|计划实施年度|所属年度|预算年度|实施年份)$/,
    roles: ["year"],
  },
  {
    pattern: /目标值|计划数|任务数|年度目标值|^目标$|^目标数$|^年度目标$|^目标任务数$/,
    roles: ["targetValue"],
  },
  { pattern: /^备注$|^说明$/, roles: ["remark"] },
  { pattern: /项目等级|^等级$|^级别$|项目级别|层级$|重点级别/, roles: ["level"] },
  { pattern: /项目概况|项目简介|基本情况|项目概述|项目背景/, roles: ["overview"] },
  { pattern: /工作措施|推进措施|保障措施|主要措施|工作举措|采取措施/, roles: ["measures"] },
  { pattern: /^具体措施$/, roles: ["target"], otherwise: "measures" },
  {
    pattern:
      /任务目标|任务明细|具体项目内容|建设内容|主要内容|项目内容|工作目标|建设规模|目标要求|具体内容|分年度工作任务|年度目标任务|目标任务及标准|工作标准/,
    roles: ["target"],
  },
  { pattern: PLACE_HEADER_WORDS, roles: ["name"] },
  { pattern: /^目标任务$/, roles: ["name"], otherwise: "target" },
  {
    pattern:
      /名称|工作任务|目标任务|民生实事|^项目$|实事项目|事项|^(考核)?指标$|^(工作)?内容$|^(重点|主要)任务$/,
    roles: ["name"],
  },
];

/** Taizhang's own progress columns, recognised so that a second run updates them instead of reading them. */
export const OUTPUT_HEADERS = [
  "完成率",
  "序时进度",
  "进度状态",
  "本期计划",
  "下期计划",
  "校验提示",
  "较上期",
] as const;

/** A progress or plan header that names its month: `12月份推进情况`, `4月份计划`. */
export const MONTH_IN_HEADER = /^(\d{1,2})月份?/;
