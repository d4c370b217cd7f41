import { cellText, getCell } from "../grid";
import { isSpaceOrTab } from "../text/charCodes";
import { CodeSet } from "../text/codeSet";
import { isDigitCode } from "../text/decimal";
import { Figure, parseFigures } from "../text/figures";
import { compactText, normalizeText } from "../text/normalize";
import { isChineseNumeralCode } from "../text/numerals";
import { TableModel } from "../model/workbookModel";
import { Rule, RuleContext } from "./types";
import { grandTotalRows, textFields } from "./wholesAndParts";
import { MORE_THAN_CODES } from "../vocabulary/qualifiers";
import {
  EACH,
  ENDS_IN_VERB,
  ETC,
  LAST_JOINER,
  NAME_COUNT_UNITS,
  TOTAL_COUNT_WORDS,
  TOTALS_COUNT_UNITS,
} from "../vocabulary/counting";

/** Each of NAME_COUNT_UNITS is one character, spelt only so (none has another spelling). */
const NAME_COUNT_UNIT_CODES = new CodeSet(NAME_COUNT_UNITS);
/** Ends the clause a list of names stands in; `、` separates the names. */
const LIST_BOUNDARIES = "。;:!?\n";
const OPENING_MARKS = "(“《【「";
const CLOSING_MARKS = ")”》】」";

/**
 * COUNT_MISMATCH: a stated count is not the number counted: `项目（合计：50个）` against the projects
 * listed, and `薛行、红窑、五港3个训练塔` against the names enumerated.
 */
export const countMismatchRule: Rule = {
  meta: {
    code: "COUNT_MISMATCH",
    severity: "error",
    description: {
      zh: "所述个数与实际列出的个数不符",
      en: "A stated count is not the number of things listed",
    },
    messages: {
      totals: {
        zh: "合计行写 {stated} 个，表中列有 {counted} 个项目",
        en: "The totals row states {stated}, the table lists {counted} projects",
      },
      names: {
        zh: "列举了 {counted} 个名称（{names}），却写作「{stated}」",
        en: "{counted} names are listed ({names}), but the text says {stated}",
      },
    },
  },
  check(ctx) {
    for (const model of ctx.model.tables) checkTotalsCount(ctx, model);
    checkEnumerations(ctx);
  },
};

/** The count a totals label states (`项目（合计：50个）` → 50), or null. */
function statedCount(label: string): number | null {
  const text = normalizeText(label);
  const totalsAt = text.search(TOTAL_COUNT_WORDS);
  if (totalsAt < 0) return null;
  const figure = parseFigures(text).find(
    (f) =>
      f.start > totalsAt &&
      TOTALS_COUNT_UNITS.has(f.unit) &&
      Number.isInteger(f.value) &&
      f.valueMax === undefined
  );
  return figure ? figure.value : null;
}

/** A totals row's stated count against the projects of the table (or its rows, where they differ). */
function checkTotalsCount(ctx: RuleContext, model: TableModel): void {
  const { table, grid } = model;
  for (const row of grandTotalRows(model)) {
    for (let col = table.left; col <= table.right; col++) {
      const label = cellText(getCell(grid, row, col));
      if (!TOTAL_COUNT_WORDS.test(compactText(label))) continue;
      const stated = statedCount(label);
      if (stated === null) break;
      const counted = model.groups.length;
      if (stated !== counted && stated !== model.items.length) {
        ctx.report({
          messageId: "totals",
          values: { stated, counted },
          at: { row, col },
          sheet: table.sheet,
          rows: [row, row],
          expected: counted,
          actual: stated,
        });
      }
      break;
    }
  }
}

function isIdeograph(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u4dbf\u4e00-\u9fff]/.test(ch);
}

function isComma(text: string, k: number): boolean {
  return text[k] === "," && !(/\d/.test(text[k - 1] ?? "") && /\d/.test(text[k + 1] ?? ""));
}

function skipSpacesBack(text: string, p: number): number {
  let k = p;
  while (k > 0 && text[k - 1] === " ") k--;
  return k;
}

/**
 * Where the list of names before a count ends: right before it, past a 共 (`A、B、C共3个`), or past
 * one comma (`…、东北片区21号地块,6个安置房项目`).
 */
function listEndBefore(text: string, start: number): number {
  let p = skipSpacesBack(text, start);
  if (text[p - 1] === "共") p = skipSpacesBack(text, p - 1);
  return isComma(text, p - 1) ? skipSpacesBack(text, p - 1) : p;
}

/** Where the clause holding the list starts: a clause break, a comma, or a bracket or quote opened before it. */
function listStartBefore(text: string, end: number): number {
  let depth = 0;
  for (let k = end - 1; k >= 0; k--) {
    const ch = text[k];
    if (CLOSING_MARKS.includes(ch)) depth++;
    else if (OPENING_MARKS.includes(ch)) {
      if (depth === 0) return k + 1;
      depth--;
    } else if (depth === 0 && (LIST_BOUNDARIES.includes(ch) || isComma(text, k))) return k + 1;
  }
  return 0;
}

/** The list split at the `、` outside brackets and quotes (`“百村示范、千村整治”工程` is one name). */
function splitNames(list: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if (OPENING_MARKS.includes(ch)) depth++;
    else if (CLOSING_MARKS.includes(ch) && depth > 0) depth--;
    if (ch === "、" && depth === 0) {
      names.push(current.trim());
      current = "";
    } else current += ch;
  }
  names.push(current.trim());
  return names;
}

interface Enumeration {
  names: string[];
  /** The count when the last name is two joined by 和/及/与, else the same as names.length. */
  joinedCount: number;
}

/** The names enumerated right before the count `figure`, or null when no list of plain names stands there. */
function enumerationBefore(
  text: string,
  figures: readonly Figure[],
  figure: Figure
): Enumeration | null {
  const end = listEndBefore(text, figure.start);
  const last = text[end - 1];
  if (!isIdeograph(last) && !/[a-zA-Z0-9]/.test(last ?? "") && !CLOSING_MARKS.includes(last ?? "("))
    return null;
  const start = listStartBefore(text, end);
  const names = splitNames(text.slice(start, end));
  if (names.length < 2) return null;
  if (names.some((n) => !/[\u3400-\u4dbf\u4e00-\u9fffa-zA-Z]/.test(n))) return null;
  const lastName = names[names.length - 1];
  // 淮浦人家、…、淮文宿舍楼等9个小区: the list is not exhaustive; with 各 or a verb at its end it
  // counts something done at each place named
  if (lastName.includes(ETC) || lastName.includes(EACH) || ENDS_IN_VERB.test(lastName)) return null;
  // 2个七人制足球场、6个篮球场: the elements carry their own quantities
  if (figures.some((f) => f.start >= start && f.end <= end)) return null;
  const joined = lastName.split(LAST_JOINER).filter((n) => n.trim() !== "");
  return { names, joinedCount: names.length - 1 + Math.max(1, joined.length) };
}

/** The names as a message shows them: all of a short list, the first and last of a long one. */
function abbreviate(names: string[]): string {
  return names.length <= 4 ? names.join("、") : `${names[0]}、…、${names[names.length - 1]}`;
}

/**
 * Whether a count of enumerated names can stand in normalised text: after a 、, one of
 * NAME_COUNT_UNITS right after a number (digits or a Chinese numeral, with spaces, 余 or 多 between).
 * Text without one is passed over unparsed: most long prose has a 、 somewhere, but no such count.
 */
export function mayCountListedNames(text: string): boolean {
  const firstListComma = text.indexOf("、");
  if (firstListComma < 0) return false;
  for (let k = firstListComma + 1; k < text.length; k++) {
    if (!NAME_COUNT_UNIT_CODES.has(text.charCodeAt(k))) continue;
    let before = k - 1;
    while (isSpaceOrTab(text.charCodeAt(before))) before--;
    const code = text.charCodeAt(before);
    if (isDigitCode(code) || isChineseNumeralCode(code) || MORE_THAN_CODES.has(code)) return true;
  }
  return false;
}

/**
 * Names enumerated with 、 and followed at once by their count (`新建薛行、红窑、五港3个政府专职队
 * 训练塔`). The count must name what it counts (a word follows it) and be of the list's size: a
 * quantity far above the names (`街角游园、口袋公园143处`) counts something else.
 */
function checkEnumerations(ctx: RuleContext): void {
  for (const { item, field } of textFields(ctx.model)) {
    const text = field.text;
    if (!mayCountListedNames(text)) continue;
    const figures = ctx.figures(field);
    for (const figure of figures) {
      if (!NAME_COUNT_UNITS.has(figure.unit) || !Number.isInteger(figure.value)) continue;
      if (figure.valueMax !== undefined || (figure.qualifier && figure.qualifier !== "aim"))
        continue;
      let after = figure.end;
      while (text[after] === " ") after++;
      if (!isIdeograph(text[after])) continue;
      const list = enumerationBefore(text, figures, figure);
      if (!list) continue;
      const counted = list.joinedCount;
      const stated = figure.value;
      if (stated === counted || stated === list.names.length) continue;
      if (counted < 3 || stated > 2 * counted) continue;
      ctx.report({
        messageId: "names",
        values: { counted, stated: figure.text, names: abbreviate(list.names) },
        at: field.cell,
        item,
        expected: counted,
        actual: stated,
      });
    }
  }
}
