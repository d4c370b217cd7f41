/**
 * Lead and partner units as listed in a cell: one per line, or separated by 、，; spaces. Scanning and
 * narrow columns break names across lines (`农业\n农村局`, `红十\n字会`, `市行 政审 批服 务局`): a
 * fragment that does not end like the name of an office is joined with the next one.
 */

import { OFFICE_NAME_ENDING } from "../vocabulary/offices";

const SEPARATORS = "\n、，,；;／/";
const WHITE_SPACE = /\s/;

/** Whether a character separates units: one of the separators, or any white space. */
function isSeparator(code: number): boolean {
  // Chinese characters, most of every name, are neither
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  const ch = String.fromCharCode(code);
  return SEPARATORS.includes(ch) || WHITE_SPACE.test(ch);
}

/** The runs of text between separators, scanned by hand: a regular expression costs more per cell. */
function fragmentsOf(raw: string): string[] {
  const fragments: string[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && !isSeparator(raw.charCodeAt(i))) continue;
    if (i > start) fragments.push(raw.slice(start, i));
    start = i + 1;
  }
  return fragments;
}

export function splitUnits(raw: string): string[] {
  const units: string[] = [];
  let pending = "";
  for (const fragment of fragmentsOf(raw)) {
    pending += fragment;
    if (OFFICE_NAME_ENDING.test(pending) || /[)）]$/.test(pending)) {
      units.push(pending);
      pending = "";
    }
  }
  if (pending !== "") {
    if (units.length > 0 && pending.length <= 2) units[units.length - 1] += pending;
    else units.push(pending);
  }
  return units;
}

/**
 * In a decomposition table the lead units head the task text: `县水务集团：加大供水管网…` or, for two
 * units with separate tasks, one `单位：任务` per line. Returns the units and each one's task.
 */
export function splitLeadTasks(text: string): { units: string[]; task: string }[] {
  const result: { units: string[]; task: string }[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "") continue;
    const colon = trimmed.search(/[:：]/);
    const head = colon > 0 ? trimmed.slice(0, colon) : "";
    if (
      colon > 0 &&
      colon <= 40 &&
      head.split(/[、，,]/).every((u) => OFFICE_NAME_ENDING.test(u.trim()))
    ) {
      result.push({
        units: head.split(/[、，,]/).map((u) => u.trim()),
        task: trimmed.slice(colon + 1).trim(),
      });
    } else if (result.length > 0) {
      result[result.length - 1].task += "\n" + trimmed;
    } else {
      result.push({ units: [], task: trimmed });
    }
  }
  return result;
}
