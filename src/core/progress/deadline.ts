import { CellPos, Field, Item } from "../model/items";
import { NotADate, Period, findDeadlines, isoDate, parsePeriod } from "../text/periods";
import { ParsedPlan } from "./plan";

export type DeadlineSource = "column" | "text" | "milestone" | "planYear";

export interface Deadline {
  /** The last day the work may take (ISO). */
  date: string;
  source: DeadlineSource;
  /** The cell the deadline was read from (for the column and text sources). */
  cell: CellPos | null;
  /** The words it was read from (`2023年12月`, `2024年4月20日前完成`). */
  text: string;
  /** `5月底前动工` sets when work must start, not when it must end. */
  startOnly: boolean;
}

export interface InvalidDeadline {
  text: string;
  reason: string;
  cell: CellPos;
}

export interface ItemSchedule {
  /** The first day of the item's time (ISO): its plan year's start, or an earlier first milestone. */
  start: string;
  deadline: Deadline | null;
  /** A 完成时限 that names no real date (`2023年13月`). */
  invalid: InvalidDeadline | null;
  /** The years the item covers: its 年度 (`2024年`, `2024—2026年`) or the plan year. */
  years: [number, number];
}

function isPeriod(found: Period | NotADate | null): found is Period {
  return found !== null && !("invalid" in found);
}

/** The years an item covers: a 年度 cell (`2025年`, `2024—2026年`), else the plan year. */
export function itemYears(item: Item, planYear: number): [number, number] {
  const text = item.fields.year?.text;
  if (text) {
    const period = parsePeriod(text, { year: planYear });
    if (isPeriod(period)) return [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))];
  }
  return [planYear, planYear];
}

/** Texts that may name the item's own deadline, in the order they are trusted. */
function deadlineTexts(item: Item): (Field | undefined)[] {
  const { target, measures, overview, name } = item.fields;
  return [target, measures, overview, name];
}

/**
 * A `by` phrase in the item's own words that falls in its years: `2024年4月20日前完成`, `年底前建成`.
 * `确保2028年顺利竣工通车` lies beyond a 2024 row's years and is no deadline for it.
 */
function deadlineInText(item: Item, years: [number, number]): Deadline | null {
  for (const field of deadlineTexts(item)) {
    if (!field) continue;
    for (const found of findDeadlines(field.text, { year: years[1] })) {
      const year = Number(found.end.slice(0, 4));
      if (year < years[0] || year > years[1]) continue;
      return {
        date: found.end,
        source: "text",
        cell: field.cell,
        text: found.text,
        startOnly: found.action === "start",
      };
    }
  }
  return null;
}

/**
 * Settles when an item must be done, in the order of trust: its 完成时限 cell; a deadline phrase in
 * its own text; its plan's last milestone; the end of its plan year (every list here is annual or
 * names its years). Start is the plan year's first day, or the first milestone when that is earlier.
 */
export function resolveSchedule(
  item: Item,
  plan: ParsedPlan | null,
  planYear: number
): ItemSchedule {
  const years = itemYears(item, planYear);
  const yearStart = isoDate(years[0], 1, 1);
  const firstMilestone = plan?.milestones.reduce<string | null>(
    (first, m) => (first === null || m.period.start < first ? m.period.start : first),
    null
  );
  const start = firstMilestone && firstMilestone < yearStart ? firstMilestone : yearStart;
  let invalid: InvalidDeadline | null = null;
  const column = item.fields.deadline;
  if (column && column.text !== "") {
    const found = parsePeriod(column.text, { year: years[1] });
    if (isPeriod(found)) {
      const deadline: Deadline = {
        date: found.end,
        source: "column",
        cell: column.cell,
        text: column.text,
        startOnly: found.action === "start",
      };
      if (!deadline.startOnly) return { start, deadline, invalid, years };
    } else if (found !== null) {
      invalid = { text: column.text, reason: found.reason, cell: column.cell };
    }
  }
  const inText = deadlineInText(item, years);
  if (inText && !inText.startOnly) return { start, deadline: inText, invalid, years };
  const lastEnd = plan?.milestones.reduce<string | null>(
    (last, m) => (last === null || m.period.end > last ? m.period.end : last),
    null
  );
  if (lastEnd) {
    return {
      start,
      deadline: { date: lastEnd, source: "milestone", cell: null, text: "", startOnly: false },
      invalid,
      years,
    };
  }
  const yearEnd = isoDate(years[1], 12, 31);
  return {
    start,
    deadline: {
      date: yearEnd,
      source: "planYear",
      cell: null,
      text: String(years[1]),
      startOnly: false,
    },
    invalid,
    years,
  };
}
