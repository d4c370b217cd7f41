/**
 * Column roles and the header words that name them. Headers are matched after compacting (normal
 * form, no white space), so `责任\n单位` and `县财政\n统  筹` match like `责任单位` and `县财政统筹`.
 */

export type Role =
  | "seq"
  | "category"
  | "name"
  | "target"
  | "overview"
  | "measures"
  | "year"
  | "lead"
  | "partners"
  | "type"
  | "investTotal"
  | "investYear"
  | "investDone"
  | "plan"
  | "progress"
  | "status"
  | "deadline"
  | "problems"
  | "nextPlan"
  | "targetValue"
  | "actualValue"
  | "rate"
  | "remark"
  | "level";

export const ALL_ROLES: readonly Role[] = [
  "seq",
  "category",
  "name",
  "target",
  "overview",
  "measures",
  "year",
  "lead",
  "partners",
  "type",
  "investTotal",
  "investYear",
  "investDone",
  "plan",
  "progress",
  "status",
  "deadline",
  "problems",
  "nextPlan",
  "targetValue",
  "actualValue",
  "rate",
  "remark",
  "level",
];

/** Roles whose cells hold figures rather than text. */
export const NUMERIC_ROLES: ReadonlySet<Role> = new Set<Role>([
  "investTotal",
  "investYear",
  "investDone",
  "targetValue",
  "actualValue",
  "rate",
]);

/** What a header cell says about its column. */
export interface HeaderMatch {
  roles: Role[];
  /** A funding source (上级补助, 县财政统筹 …): not a role of its own, there may be several. */
  funding?: boolean;
  /** The header Taizhang itself writes (完成率, 序时进度 …): never read as input. */
  output?: boolean;
}

interface RoleRule {
  pattern: RegExp;
  match: HeaderMatch;
}

/** Taizhang's own progress columns, recognised so that a second run updates them instead of reading them. */
export const OUTPUT_HEADERS = [
  "完成率",
  "序时进度",
  "进度状态",
  "本期计划",
  "下期计划",
  "校验提示",
] as const;

// Order matters: the first rule that matches wins, so combined and specific headers come first.
const RULES: readonly RoleRule[] = [
  { pattern: /^(序号|编号|序|项目编号|任务编号|号)$/, match: { roles: ["seq"] } },
  { pattern: /牵头单位及.*(工作)?任务|责任单位及.*任务/, match: { roles: ["lead", "target"] } },
  { pattern: /^(任务)?完成率(\(%\))?$|^完成比例|完成率\(?%?\)?$/, match: { roles: ["rate"] } },
  { pattern: /项目类型|实施类型|建设性质|项目性质/, match: { roles: ["type"] } },
  { pattern: /类别$|^分类$|^领域$|^板块$/, match: { roles: ["category"] } },
  {
    pattern: /协办|参与单位|配合单位|协同单位|参与部门|配合部门|协办部门/,
    match: { roles: ["partners"] },
  },
  {
    pattern: /牵头单位|责任单位|牵头部门|责任部门|主办单位|实施单位|承办单位|责任主体|牵头领导/,
    match: { roles: ["lead"] },
  },
  { pattern: /总投资/, match: { roles: ["investTotal"] } },
  { pattern: /(已|累计)?完成投资|已投资|实际投资/, match: { roles: ["investDone"] } },
  { pattern: /\d{4}年.*投资|年度(计划)?投资|本年(计划)?投资/, match: { roles: ["investYear"] } },
  {
    pattern:
      /上级补助|上级资金|中央(资金|补助)|省级(资金|补助)|市级(资金|补助|财政)|(县|区|市|镇)财政|财政统筹|财政资金|社会资本|社会资金|自筹|银行贷款|专项债|其他资金|企业投资/,
    match: { roles: [], funding: true },
  },
  {
    pattern: /^\d{1,2}月份?(工作)?计划$|^下(一)?(月|期|阶段|步)(工作)?计划$|^下一步(工作)?计划$/,
    match: { roles: ["nextPlan"] },
  },
  {
    pattern: /进度计划|月度计划|季度计划|计划安排|实施计划|时间安排|进度安排|推进计划|节点计划/,
    match: { roles: ["plan"] },
  },
  {
    pattern: /工作成效|目标完成情况|完成状态|推进状态|进展状态|状态/,
    match: { roles: ["status"] },
  },
  { pattern: /实际完成|完成数|已完成数|完成值|完成量/, match: { roles: ["actualValue"] } },
  {
    pattern: /推进情况|进展情况|进度情况|工作进展|进展|推进进度|完成情况|落实情况/,
    match: { roles: ["progress"] },
  },
  { pattern: /完成时限|完成时间|时限|截止时间|时间节点|完成期限/, match: { roles: ["deadline"] } },
  { pattern: /存在(的)?问题|^问题|困难问题|问题及建议/, match: { roles: ["problems"] } },
  { pattern: /^(年度|年份|实施年度|年度安排)$/, match: { roles: ["year"] } },
  { pattern: /目标值|计划数|任务数|年度目标值/, match: { roles: ["targetValue"] } },
  { pattern: /^备注$|^说明$/, match: { roles: ["remark"] } },
  { pattern: /项目等级|^等级$|^级别$|项目级别/, match: { roles: ["level"] } },
  { pattern: /项目概况|项目简介|基本情况/, match: { roles: ["overview"] } },
  { pattern: /工作措施|推进措施|保障措施|主要措施/, match: { roles: ["measures"] } },
  {
    pattern:
      /任务目标|任务明细|具体项目内容|具体措施|建设内容|主要内容|项目内容|工作目标|建设规模|目标要求|具体内容|分年度工作任务/,
    match: { roles: ["target"] },
  },
  {
    pattern: /名称|工作任务|目标任务|民生实事|^项目$|实事项目|^任务$|事项/,
    match: { roles: ["name"] },
  },
];

/**
 * Any rule's pattern, in one expression: detection asks about every short cell of every data row,
 * and one scan rejects the text that no rule matches far faster than trying each rule in turn.
 */
const ANY_RULE = new RegExp(RULES.map((r) => `(?:${r.pattern.source})`).join("|"));

/**
 * What a header names. Taizhang's own column names are marked `output` but keep their ordinary
 * roles: a lone 完成率 column is the user's; detection decides which it is from the block they form.
 */
export function matchHeader(compactHeader: string): HeaderMatch | null {
  if (compactHeader === "") return null;
  const rule = ANY_RULE.test(compactHeader)
    ? RULES.find((r) => r.pattern.test(compactHeader))
    : undefined;
  if ((OUTPUT_HEADERS as readonly string[]).includes(compactHeader)) {
    return { roles: rule ? [...rule.match.roles] : [], output: true };
  }
  return rule ? rule.match : null;
}

/** `12月份推进情况` → 12; `4月份计划` → 4: the month a progress or plan header names. */
export function monthInHeader(compactHeader: string): number | null {
  const m = /^(\d{1,2})月份?/.exec(compactHeader);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? month : null;
}
