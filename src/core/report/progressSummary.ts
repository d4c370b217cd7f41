import { PROGRESS_STATUSES, ProgressStatus } from "../progress/status";

/** How many items each lead unit has, and how many of them are behind or overdue. */
export interface LeadSummary {
  lead: string;
  items: number;
  behind: number;
  overdue: number;
}

export interface ProgressSummary {
  byStatus: Record<ProgressStatus, number>;
  byLead: LeadSummary[];
}

/** Lead units in Chinese order; one collator for the whole sort rather than one per comparison. */
const CHINESE_ORDER = new Intl.Collator("zh");

/** The label for items that name no lead unit. */
export const NO_LEAD = "（未注明）";

/**
 * Per-status counts and a per-lead-unit table. An item led by two units counts for each; units are
 * listed by how many items they lead, most first.
 */
export function summarizeProgress(
  items: { status: ProgressStatus; leads: string[] }[]
): ProgressSummary {
  const byStatus = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, 0])) as Record<
    ProgressStatus,
    number
  >;
  const byLead = new Map<string, LeadSummary>();
  for (const item of items) {
    byStatus[item.status]++;
    for (const lead of item.leads.length > 0 ? item.leads : [NO_LEAD]) {
      const entry = byLead.get(lead) ?? { lead, items: 0, behind: 0, overdue: 0 };
      entry.items++;
      if (item.status === "滞后") entry.behind++;
      if (item.status === "逾期未完成") entry.overdue++;
      byLead.set(lead, entry);
    }
  }
  const leads = [...byLead.values()].sort(
    (a, b) => b.items - a.items || CHINESE_ORDER.compare(a.lead, b.lead)
  );
  return { byStatus, byLead: leads };
}
