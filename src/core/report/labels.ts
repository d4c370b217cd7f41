import { Bilingual } from "../i18n";
import { Role } from "../detect/roles";
import { Trait } from "../detect/columnProfile";
import { TableKind } from "../detect/types";
import { ProgressStatus } from "../progress/status";

export const ROLE_LABELS: Record<Role, Bilingual> = {
  seq: { zh: "序号", en: "number" },
  category: { zh: "类别", en: "category" },
  name: { zh: "名称", en: "name" },
  target: { zh: "任务目标", en: "target" },
  overview: { zh: "项目概况", en: "overview" },
  measures: { zh: "工作措施", en: "measures" },
  year: { zh: "年度", en: "year" },
  lead: { zh: "牵头单位", en: "lead unit" },
  partners: { zh: "协办单位", en: "partner units" },
  type: { zh: "项目类型", en: "project type" },
  investTotal: { zh: "计划总投资", en: "total investment" },
  investYear: { zh: "年度计划投资", en: "year's planned investment" },
  investDone: { zh: "已完成投资", en: "investment made" },
  plan: { zh: "进度计划", en: "plan" },
  progress: { zh: "推进情况", en: "progress" },
  status: { zh: "工作成效", en: "status" },
  deadline: { zh: "完成时限", en: "deadline" },
  problems: { zh: "存在问题", en: "problems" },
  nextPlan: { zh: "下期计划", en: "next period's plan" },
  targetValue: { zh: "目标值", en: "target value" },
  actualValue: { zh: "实际完成", en: "achieved" },
  rate: { zh: "完成率", en: "completion rate" },
  remark: { zh: "备注", en: "remarks" },
  level: { zh: "项目等级", en: "level" },
};

export const TABLE_KIND_LABELS: Record<TableKind, Bilingual> = {
  projects: { zh: "项目表", en: "project list" },
  targets: { zh: "任务分解表", en: "task decomposition" },
  progress: { zh: "推进情况表", en: "progress report" },
};

export const STATUS_LABELS: Record<ProgressStatus, Bilingual> = {
  已完成: { zh: "已完成", en: "done" },
  超序时: { zh: "超序时", en: "ahead" },
  正常推进: { zh: "正常推进", en: "on track" },
  滞后: { zh: "滞后", en: "behind" },
  逾期未完成: { zh: "逾期未完成", en: "overdue" },
  未启动: { zh: "未启动", en: "not started" },
  无法判断: { zh: "无法判断", en: "unknown" },
};

/** What a column's cells hold, as the evidence for its role names it. */
export const TRAIT_LABELS: Record<Trait, Bilingual> = {
  numbers: { zh: "数字", en: "numbers" },
  percents: { zh: "百分数", en: "percents" },
  units: { zh: "带单位的数字", en: "figures with units" },
  dates: { zh: "日期", en: "dates" },
  organisations: { zh: "单位名称", en: "organisation names" },
  places: { zh: "地名", en: "place names" },
  sequence: { zh: "序号", en: "sequence numbers" },
  prose: { zh: "成段文字", en: "prose" },
};
