import { Item, ItemGroup } from "../model/items";
import { TableModel } from "../model/workbookModel";
import { compactText } from "../text/normalize";
import { subjectSimilarity } from "../text/subject";

/** Names this alike are the same project written twice (`推进城市公园建设` ~ `推进城市公园建设工作`). */
const SAME_NAME = 0.8;

export interface TableLinks {
  /** Each progress item's project (or unit-year target) in a project or decomposition table. */
  projectOf: Map<Item, Item>;
  /** Progress items that name no project of the workbook. */
  orphans: Item[];
  /** Projects the latest progress table leaves out. */
  missing: ItemGroup[];
  /** The progress table whose report is the latest (the last one in the workbook). */
  latestProgress: TableModel | null;
}

function groupKey(group: ItemGroup): { seq: string; name: string } {
  return { seq: compactText(group.seq), name: compactText(group.name) };
}

function sameProject(a: ItemGroup, b: ItemGroup): boolean {
  const left = groupKey(a);
  const right = groupKey(b);
  if (left.name === "" || right.name === "") return left.seq !== "" && left.seq === right.seq;
  const named = left.name === right.name || subjectSimilarity(left.name, right.name) >= SAME_NAME;
  // numbering restarts per section in many lists: a name match decides, a number only confirms
  return (
    named &&
    (left.seq === "" || right.seq === "" || left.seq === right.seq || left.name === right.name)
  );
}

/** Among a project's rows, the one for the item's lead unit and year when the project is broken down by them. */
function bestRow(project: ItemGroup, item: Item): Item {
  const year = item.fields.year?.text;
  const candidates = project.items.filter(
    (row) => !year || !row.fields.year || row.fields.year.text === year
  );
  const byLead = candidates.find((row) => row.leads.some((lead) => item.leads.includes(lead)));
  return byLead ?? candidates[0] ?? project.items[0];
}

/**
 * Links the tables of one workbook: a 项目表 or 任务分解表 with the progress tables written for it,
 * by number and name after normalising. Workbooks with a single table have no links.
 */
export function linkTables(tables: TableModel[]): TableLinks {
  const sources = tables.filter((t) => t.table.kind !== "progress");
  const progressTables = tables.filter((t) => t.table.kind === "progress");
  const links: TableLinks = {
    projectOf: new Map(),
    orphans: [],
    missing: [],
    latestProgress: null,
  };
  if (sources.length === 0 || progressTables.length === 0) return links;
  const projects = sources.flatMap((t) => t.groups);
  for (const table of progressTables) {
    for (const group of table.groups) {
      const project = projects.find((p) => sameProject(p, group));
      for (const item of group.items) {
        if (project) links.projectOf.set(item, bestRow(project, item));
        else links.orphans.push(item);
      }
    }
  }
  const latest = progressTables[progressTables.length - 1];
  links.latestProgress = latest;
  links.missing = projects.filter((p) => !latest.groups.some((g) => sameProject(p, g)));
  return links;
}
