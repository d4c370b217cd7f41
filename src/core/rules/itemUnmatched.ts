import { ItemGroup } from "../model/items";
import { TableModel } from "../model/workbookModel";
import { compactText } from "../text/normalize";
import { itemName, nameCell } from "./progressFindings";
import { FindingDraft, Rule } from "./types";

/** The group's label in a message: its number and name (`16 培育高素质职业农民`). */
function label(group: ItemGroup): string {
  const seq = compactText(group.seq);
  const name = itemName(group.items[0]);
  return seq && seq !== name ? `${seq} ${name}` : name;
}

/** Where a finding about a whole group points: its name cell, over the item or the group's rows. */
function placeOf(group: ItemGroup): Pick<FindingDraft, "at" | "item" | "sheet" | "rows"> {
  const first = group.items[0];
  if (group.items.length === 1) return { at: nameCell(first), item: first };
  return { at: nameCell(first), sheet: first.sheet, rows: [group.row, group.rowEnd] };
}

/**
 * A progress table written for the workbook's project list links most of its projects. One that
 * links fewer than half reports on something else (another year's list, another county): unmatched
 * rows there say nothing about either table.
 */
function isWrittenFor(table: TableModel, orphans: ReadonlySet<ItemGroup>): boolean {
  const unlinked = table.groups.filter((g) => orphans.has(g)).length;
  return table.groups.length - unlinked > unlinked;
}

export const itemUnmatchedRule: Rule = {
  meta: {
    code: "ITEM_UNMATCHED",
    severity: "warning",
    description: {
      zh: "推进情况表中的项目在项目表中找不到，或项目表中的项目在最新推进情况表中缺失",
      en: "A progress item with no project, or a project missing from the latest progress table",
    },
    messages: {
      orphan: {
        zh: "「{name}」在{sources}中没有对应的项目",
        en: '"{name}" matches no project in {sources}',
      },
      missing: {
        zh: "项目「{name}」未出现在最新的推进情况表「{sheet}」中",
        en: 'Project "{name}" is missing from the latest progress table "{sheet}"',
      },
    },
  },
  check(context) {
    const { links } = context.progress;
    const latest = links.latestProgress;
    if (!latest) return;
    const orphans = new Set(links.orphans.map((item) => item.group));
    const sheets = new Set(
      context.model.tables.filter((t) => t.table.kind !== "progress").map((t) => t.table.sheet)
    );
    const sources = [...sheets].map((s) => `「${s}」`).join("");
    for (const table of context.model.tables) {
      if (table.table.kind !== "progress" || !isWrittenFor(table, orphans)) continue;
      for (const group of table.groups) {
        if (!orphans.has(group)) continue;
        context.report({
          messageId: "orphan",
          values: { name: label(group), sources },
          ...placeOf(group),
        });
      }
    }
    if (!isWrittenFor(latest, orphans)) return;
    for (const group of links.missing) {
      context.report({
        messageId: "missing",
        values: { name: label(group), sheet: latest.table.sheet },
        ...placeOf(group),
      });
    }
  },
};
