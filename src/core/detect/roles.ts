/**
 * Column roles, and what a header names (the words are in `vocabulary/roles`). Headers are matched
 * after compacting (normal form, no white space), so `责任\n单位` matches like `责任单位`.
 */

import { memoizeByText } from "../text/memo";
import { MONTH_IN_HEADER, OUTPUT_HEADERS, ROLE_WORDS } from "../vocabulary/roles";

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
  /** The role the column takes when another column holds its first one (`vocabulary/roles`). */
  otherwise?: Role;
}

/**
 * Any rule's pattern, in one expression: detection asks about every short cell of every data row,
 * and one scan rejects the text that no rule matches far faster than trying each rule in turn.
 */
const ANY_RULE = new RegExp(ROLE_WORDS.map((r) => `(?:${r.pattern.source})`).join("|"));

/**
 * What a header names. Taizhang's own column names are marked `output` but keep their ordinary
 * roles: a lone 完成率 column is the user's; detection decides which it is from the block they form.
 * Remembered by text: detection asks about the same short cells (units, status words) row after row.
 */
export const matchHeader: (compactHeader: string) => Readonly<HeaderMatch> | null =
  memoizeByText(readHeaderMatch);

function readHeaderMatch(compactHeader: string): HeaderMatch | null {
  if (compactHeader === "") return null;
  const rule = ANY_RULE.test(compactHeader)
    ? ROLE_WORDS.find((r) => r.pattern.test(compactHeader))
    : undefined;
  if ((OUTPUT_HEADERS as readonly string[]).includes(compactHeader)) {
    return { roles: rule ? [...rule.roles] : [], output: true };
  }
  if (!rule) return null;
  if (rule.funding) return { roles: [], funding: true };
  return rule.otherwise ? { roles: rule.roles, otherwise: rule.otherwise } : { roles: rule.roles };
}

/** `12月份推进情况` → 12; `4月份计划` → 4: the month a progress or plan header names. */
export function monthInHeader(compactHeader: string): number | null {
  const m = MONTH_IN_HEADER.exec(compactHeader);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? month : null;
}
