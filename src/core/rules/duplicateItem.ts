import { ItemGroup } from "../model/items";
import { TableModel } from "../model/workbookModel";
import { compactText } from "../text/normalize";
import { Rule } from "./types";

/** Shorter names (`其他`, `道路`) recur without being the same project; they count with a number. */
const MIN_NAME_LENGTH = 4;

function leadsOf(group: ItemGroup): Set<string> {
  return new Set(group.items.flatMap((item) => item.leads.map((lead) => compactText(lead))));
}

/**
 * One task listed under several lead units: the same number and name, each row with its own,
 * different lead units.
 */
function isSameTaskOtherLead(first: ItemGroup, second: ItemGroup): boolean {
  if (first.seq === "" || compactText(first.seq) !== compactText(second.seq)) return false;
  const firstLeads = leadsOf(first);
  const secondLeads = leadsOf(second);
  if (firstLeads.size === 0 || secondLeads.size === 0) return false;
  for (const lead of secondLeads) if (firstLeads.has(lead)) return false;
  return true;
}

/** Rows a table reader skips between groups that follow each other. */
function isAdjacent(model: TableModel, first: ItemGroup, second: ItemGroup): boolean {
  for (let row = first.rowEnd + 1; row < second.row; row++) {
    const kind = model.table.rowKinds.get(row);
    if (kind !== "blank" && kind !== "repeatedHeader") return false;
  }
  return true;
}

/**
 * A name repeated on the next rows without a number of its own (a target over its sub-items laid
 * out without merges): one task, not two.
 */
function continuesGroup(model: TableModel, last: ItemGroup, next: ItemGroup): boolean {
  return compactText(last.seq) === compactText(next.seq) && isAdjacent(model, last, next);
}

function keyOf(group: ItemGroup): string | null {
  // a name carried down from the rows above is not written twice
  if (group.items[0].fields.name?.source === "carried") return null;
  const name = compactText(group.name);
  if (name === "") return null;
  if (name.length >= MIN_NAME_LENGTH) return `name:${name}`;
  const seq = compactText(group.seq);
  return seq === "" ? null : `seq:${seq}:${name}`;
}

export const duplicateItemRule: Rule = {
  meta: {
    code: "DUPLICATE_ITEM",
    severity: "warning",
    description: {
      zh: "同一表中项目重复出现（同名，或编号和名称都相同）",
      en: "The same project twice in one table (same name, or same number and name)",
    },
    messages: {
      duplicate: {
        zh: "“{name}”与第 {firstRow} 行的项目重复",
        en: '"{name}" repeats the project on row {firstRow}',
      },
    },
  },
  check(context) {
    for (const model of context.model.tables) {
      const seen = new Map<string, { first: ItemGroup; last: ItemGroup }>();
      for (const group of model.groups) {
        const key = keyOf(group);
        if (key === null) continue;
        const earlier = seen.get(key);
        if (!earlier) {
          seen.set(key, { first: group, last: group });
          continue;
        }
        if (continuesGroup(model, earlier.last, group)) {
          earlier.last = group;
          continue;
        }
        if (isSameTaskOtherLead(earlier.first, group)) continue;
        const item = group.items[0];
        context.report({
          messageId: "duplicate",
          values: { name: compactText(group.name), firstRow: earlier.first.row + 1 },
          at: item.fields.name?.cell ?? { row: group.row, col: model.table.left },
          item,
        });
      }
    }
  },
};
