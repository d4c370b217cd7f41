import { Item } from "../model/items";
import { Role } from "../detect/roles";
import { Grid, getCell } from "../grid/grid";
import { measuresCompletion, percentProgressColumns } from "../detect/columnRoles";
import { CellFigure, cellFigure } from "../grid/cellFigure";
import { WorkbookModel } from "../model/workbookModel";
import { daysBetween } from "../text/periods";
import { compactText } from "../text/normalize";
import { CompletionResult, computeCompletion } from "./completion";
import { ItemSchedule, resolveSchedule } from "./deadline";
import { TableLinks, linkTables } from "./links";
import { Milestone, ParsedPlan, milestonesFor, parsePlan } from "./plan";
import { ProgressStatus, decideStatus, readStatusWord } from "./status";
import { COLON } from "../text/charCodes";
import { NOT_STARTED_WORDS } from "../vocabulary/achievement";
import { figureBasis, judgeByStage, plannedShare } from "./judgement";
import { clausesOf } from "./stage";
import { Bilingual } from "../i18n";

/** What the engine reads of one item's progress at the report date. */
export interface ItemProgress {
  item: Item;
  /** The project row this item reports on, in another table of the workbook. */
  project: Item | null;
  plan: ParsedPlan | null;
  schedule: ItemSchedule;
  /** 序时进度: the share of the item's time passed at the report date, in [0, 1]. */
  timeElapsed: number | null;
  completion: CompletionResult;
  /** The status word the sheet gives, normalised. */
  sheetStatus: ProgressStatus | null;
  status: ProgressStatus;
  /** What the status rests on, in words; null for 无法判断. */
  basis: Bilingual | null;
  /** The progress text says the work has not started. */
  notStarted: boolean;
  /** 本期计划 and 下期计划: what the plan sets for the report period and the one after. */
  currentPlan: string | null;
  nextPlan: string | null;
  /** What the item's plan sets for the next period, whatever the sheet's own next-plan cell says. */
  plannedNext: string | null;
}

export interface ProgressAnalysis {
  items: ItemProgress[];
  links: TableLinks;
}

function describe(milestones: Milestone[]): string | null {
  if (milestones.length === 0) return null;
  return milestones
    .map((m) => {
      const text = withoutTrailingColons(m.text);
      const entry = `${m.topic ? `${m.topic}：` : ""}${m.label}：${text}`;
      // Without text, the colons that end the entry are its label's.
      return text === "" ? withoutTrailingColons(entry) : entry;
    })
    .join("\n");
}

const FULL_WIDTH_COLON = "：".charCodeAt(0);

/** `一季度：` → `一季度`: a milestone without text shows its label alone. */
function withoutTrailingColons(text: string): string {
  let end = text.length;
  while (end > 0) {
    const code = text.charCodeAt(end - 1);
    if (code !== FULL_WIDTH_COLON && code !== COLON) break;
    end--;
  }
  return text.slice(0, end);
}

/** 序时进度 = elapsed ÷ (deadline − start), counting whole days and capped to [0, 1]. */
export function timeElapsedAt(start: string, deadline: string, asOf: string): number | null {
  const span = daysBetween(start, deadline);
  const elapsed = daysBetween(start, asOf);
  if (span === null || elapsed === null || span < 0) return null;
  return Math.min(1, Math.max(0, (elapsed + 1) / (span + 1)));
}

function analyzeItem(
  item: Item,
  model: WorkbookModel,
  links: TableLinks,
  margin: number
): ItemProgress {
  const project = links.projectOf.get(item) ?? null;
  const tableModel = model.tables.find((t) => t.table === item.table);
  const planYear = tableModel?.planYear ?? model.planYear ?? Number(model.asOf.slice(0, 4));
  const figureOf = (role: Role): CellFigure | null => {
    const field = item.fields[role];
    return field && tableModel
      ? cellFigure(getCell(tableModel.grid, field.cell.row, field.cell.col))
      : null;
  };
  const planField = item.fields.plan ?? project?.fields.plan;
  const plan = planField ? parsePlan(planField.raw, { year: planYear }) : null;
  const schedule = resolveSchedule(item, plan, planYear);
  const deadline = schedule.deadline;
  const timeElapsed = deadline ? timeElapsedAt(schedule.start, deadline.date, model.asOf) : null;
  const targetField =
    item.fields.target ??
    item.fields.overview ??
    project?.fields.target ??
    project?.fields.overview ??
    // the target may stand in the item's own name (`新建城市书房20个`)
    (item.fields.actualValue ? item.fields.name : undefined);
  const progressField = item.fields.progress;
  const sheetStatus = item.fields.status ? readStatusWord(item.fields.status.text) : null;
  const completion = computeCompletion({
    targetTexts: targetField ? [targetField.text] : [],
    progressTexts: progressField ? [progressField.text] : [],
    targetValue: figureOf("targetValue"),
    actualValue: figureOf("actualValue"),
    ceiling: item.indicator?.ceiling ?? false,
    progressPercent: percentProgress(item, tableModel?.grid),
    statedRate: isCompletionRate(item) ? figureOf("rate") : null,
    statusSaysDone: sheetStatus === "已完成",
    planYear,
  });
  const notStarted =
    progressField !== undefined && NOT_STARTED_WORDS.test(compactText(progressField.text));
  const deadlineReached = deadline !== null && deadline.date <= model.asOf;
  const due = plan ? milestonesFor(plan, model.asOf) : { current: [], next: [] };
  // the period's own plan figure, where it sets one, is the measure rather than the share of time
  const planned = plannedShare(due.current, completion);
  const figureStatus = decideStatus({
    completion: completion.completion,
    timeElapsed: planned?.share ?? timeElapsed,
    deadlineReached,
    deadlinePassed: deadline !== null && deadline.date < model.asOf,
    margin,
    notStarted,
    sheetStatus,
  });
  const byStage =
    // past the deadline with no figures, words saying the work is done still outweigh 逾期未完成
    figureStatus === "无法判断" || (figureStatus === "逾期未完成" && completion.completion === null)
      ? judgeByStage({
          progressText: progressField?.text ?? null,
          targetText: targetField?.text ?? null,
          problemsText: item.fields.problems?.text ?? null,
          current: due.current,
          timeElapsed,
          sheetStatus,
          deadlineReached,
          asOf: model.asOf,
        })
      : null;
  const status = byStage?.status ?? figureStatus;
  const basis =
    byStage?.basis ??
    figureBasis(status, completion, timeElapsed, deadline?.date ?? null, notStarted, planned, () =>
      doneWords(item.fields.status?.text, progressField?.text)
    );
  const sheetNextPlan = item.fields.nextPlan?.text || null;
  const plannedNext = describe(due.next);
  return {
    item,
    project,
    plan,
    schedule,
    timeElapsed,
    completion,
    sheetStatus,
    status,
    basis,
    notStarted,
    currentPlan:
      describe(due.current) ??
      (plan && plan.milestones.length === 0 ? plan.preamble || null : null),
    nextPlan: sheetNextPlan ?? plannedNext,
    plannedNext,
  };
}

/** The words that say an item is done: its status cell when it says so, else the progress clause that says 完成. */
function doneWords(
  statusText: string | undefined,
  progressText: string | undefined
): string | null {
  if (statusText && readStatusWord(statusText) === "已完成") return compactText(statusText);
  return clausesOf(progressText ?? "").find((c) => c.includes("完成")) ?? null;
}

/** The percent a 当前进度 / 形象进度 column gives the item's row. */
function percentProgress(item: Item, grid: Grid | undefined): CellFigure | null {
  const col = percentProgressColumns(item.table)[0];
  return col === undefined || !grid ? null : cellFigure(getCell(grid, item.row, col));
}

/** Whether the item's rate measures its completion: a 完成率 column, or one its figures divide. */
function isCompletionRate(item: Item): boolean {
  const col = item.fields.rate?.cell.col;
  if (col === undefined) return false;
  return (
    measuresCompletion(item.table, col) ||
    item.table.relations.some((r) => r.kind === "ratio" && r.rate === col)
  );
}

/** Reads every item's schedule, completion and status at the model's report date. */
export function analyzeProgress(model: WorkbookModel, margin: number): ProgressAnalysis {
  const links = linkTables(model.tables);
  return { items: model.items.map((item) => analyzeItem(item, model, links, margin)), links };
}
