/**
 * The units ledgers count in, how each is spelled, and how to bring two of them to a common base
 * so that 2575万元 and 0.2575亿元, or 3公里 and 3000米, compare.
 */

import { shiftDecimal } from "./decimal";
import { memoizeByText } from "./memo";
import { toHalfWidth } from "./normalize";
import { isAsciiLetter } from "./charCodes";

interface UnitDefinition {
  canonical: string;
  /** Spellings besides the canonical one. */
  aliases?: readonly string[];
  /** The unit it converts to, and the power of ten between them; absent for base units. */
  base?: string;
  power10?: number;
  /** Units that count the same thing under another name (名 and 人). */
  sameAs?: string;
}

// Classifiers that also start common words after 一 (一道, 一门式, 一段时间, 一把手, 一对一, 一块) are left
// out: a figure is better missed than invented.
const COUNT_UNITS = (
  "个 处 座 所 家 套 台 台套 辆 盏 眼 场 场次 期 批次 间 部 条 支 项 次 批 张 件 " +
  "份 类 种 栋 孔 班 只 头 株 棵 根 口 艘 架 位 本 册 篇 组 队 宗 例 床 幢 轮 " +
  "课时 学时 笔 颗 层 倍 起"
).split(" ");

/** 场次 counts performances as 场 does, 批次 batches as 批 does (unlike 人次, which counts visits, not people). */
const COUNT_SYNONYMS = new Map([
  ["场次", "场"],
  ["批次", "批"],
]);

const DEFINITIONS: readonly UnitDefinition[] = [
  { canonical: "元" },
  { canonical: "千元", base: "元", power10: 3 },
  { canonical: "万元", base: "元", power10: 4 },
  { canonical: "亿元", base: "元", power10: 8 },
  { canonical: "人", aliases: ["人员"] },
  { canonical: "名", sameAs: "人" },
  { canonical: "人次" },
  { canonical: "户" },
  ...COUNT_UNITS.map((canonical) => ({ canonical, sameAs: COUNT_SYNONYMS.get(canonical) })),
  { canonical: "公里", aliases: ["km", "千米"], base: "米", power10: 3 },
  { canonical: "米", aliases: ["m"] },
  { canonical: "平方米", aliases: ["m²", "㎡", "m2", "平米"] },
  {
    canonical: "万平方米",
    aliases: ["万m²", "万㎡", "万m2", "万平米"],
    base: "平方米",
    power10: 4,
  },
  { canonical: "平方公里", aliases: ["km²", "km2", "平方千米"], base: "平方米", power10: 6 },
  { canonical: "公顷", base: "平方米", power10: 4 },
  { canonical: "亩" },
  { canonical: "万亩", base: "亩", power10: 4 },
  { canonical: "立方米", aliases: ["m³", "m3"] },
  { canonical: "万立方米", aliases: ["万m³", "万m3"], base: "立方米", power10: 4 },
  { canonical: "吨" },
  { canonical: "万吨", base: "吨", power10: 4 },
  { canonical: "千克", aliases: ["kg", "公斤"] },
  { canonical: "千伏安", aliases: ["kva"] },
  { canonical: "千伏", aliases: ["kv"] },
  { canonical: "千瓦", aliases: ["kw"] },
  { canonical: "兆瓦", aliases: ["mw"], base: "千瓦", power10: 3 },
  { canonical: "万千瓦", base: "千瓦", power10: 4 },
  { canonical: "千瓦时", aliases: ["kwh"] },
  { canonical: "小时" },
  { canonical: "分钟" },
  { canonical: "天" },
  { canonical: "个月" },
  { canonical: "岁", aliases: ["周岁"] },
  { canonical: "%" },
  { canonical: "百分点", aliases: ["个百分点"] },
];

const CANONICAL_BY_SPELLING = new Map<string, UnitDefinition>();
for (const definition of DEFINITIONS) {
  CANONICAL_BY_SPELLING.set(definition.canonical, definition);
  for (const alias of definition.aliases ?? []) CANONICAL_BY_SPELLING.set(alias, definition);
}

/** Every spelling the parsers recognise as a unit, longest first within each leading character. */
const SPELLINGS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const spelling of CANONICAL_BY_SPELLING.keys()) {
  const list = SPELLINGS_BY_FIRST_CHAR.get(spelling[0]) ?? [];
  list.push(spelling);
  SPELLINGS_BY_FIRST_CHAR.set(spelling[0], list);
}
for (const list of SPELLINGS_BY_FIRST_CHAR.values()) list.sort((a, b) => b.length - a.length);

/** Time words that may follow a slash in a rate (元/月, 立方米/秒). */
const RATE_DENOMINATORS = [
  "小时",
  "秒",
  "分钟",
  "天",
  "日",
  "月",
  "年",
  "人",
  "户",
  "次",
  "亩",
  "吨",
];

/** Every unit the parsers recognise, in canonical spelling. */
export const UNIT_VOCABULARY: readonly string[] = DEFINITIONS.map((d) => d.canonical);

function asciiLower(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    out += ch >= "A" && ch <= "Z" ? String.fromCharCode(ch.charCodeAt(0) + 32) : ch;
  }
  return out;
}

/** Spellings with Latin letters, the only ones matched without regard to case. */
const LATIN_SPELLINGS = new Set(
  [...CANONICAL_BY_SPELLING.keys()].filter((spelling) => /[a-z]/.test(spelling))
);

function startsWithIgnoringAsciiCase(text: string, spelling: string, index: number): boolean {
  if (text.startsWith(spelling, index)) return true;
  if (!LATIN_SPELLINGS.has(spelling) || index + spelling.length > text.length) return false;
  return asciiLower(text.slice(index, index + spelling.length)) === spelling;
}

function spellingAt(text: string, index: number): string | null {
  const first = text[index];
  if (first === undefined) return null;
  const candidates = SPELLINGS_BY_FIRST_CHAR.get(
    first >= "A" && first <= "Z" ? first.toLowerCase() : first
  );
  if (candidates === undefined) return null;
  for (const spelling of candidates) {
    if (!startsWithIgnoringAsciiCase(text, spelling, index)) continue;
    // A Latin unit must end at a word boundary: `5mm` is not 5 m, `5kv` is not 5 km.
    const next = text[index + spelling.length];
    if (
      LATIN_SPELLINGS.has(spelling) &&
      (isAsciiLetter(next) || (next !== undefined && next >= "0" && next <= "9"))
    ) {
      const last = spelling[spelling.length - 1];
      if (isAsciiLetter(last) || (last >= "0" && last <= "9" && next >= "0" && next <= "9"))
        continue;
    }
    return spelling;
  }
  return null;
}

export interface UnitMatch {
  /** Canonical spelling: `km` → 公里; a rate keeps both parts (`元/人`). */
  unit: string;
  end: number;
}

/**
 * The longest unit spelled at `index` of half-width `text`, with a rate denominator if one follows
 * (`立方米/秒`). Null when no unit starts there.
 */
export function matchUnitAt(text: string, index: number): UnitMatch | null {
  const spelling = spellingAt(text, index);
  if (spelling === null) return null;
  const unit = CANONICAL_BY_SPELLING.get(spelling)?.canonical ?? spelling;
  const end = index + spelling.length;
  if (text[end] === "/" && unit !== "%") {
    const denominatorSpelling =
      spellingAt(text, end + 1) ?? RATE_DENOMINATORS.find((word) => text.startsWith(word, end + 1));
    if (denominatorSpelling !== undefined) {
      const denominator =
        CANONICAL_BY_SPELLING.get(denominatorSpelling)?.canonical ?? denominatorSpelling;
      return { unit: `${unit}/${denominator}`, end: end + 1 + denominatorSpelling.length };
    }
  }
  return { unit, end };
}

/** The canonical spelling of a unit (`km`/`千米` → 公里, `m²`/`㎡` → 平方米); unknown units come back trimmed. */
export const canonicalUnit: (raw: string) => string = memoizeByText(readCanonicalUnit);

function readCanonicalUnit(raw: string): string {
  const compact = asciiLower(toHalfWidth(raw)).replace(/\s+/g, "");
  const slash = compact.indexOf("/");
  if (slash > 0)
    return `${canonicalUnit(compact.slice(0, slash))}/${canonicalUnit(compact.slice(slash + 1))}`;
  return CANONICAL_BY_SPELLING.get(compact)?.canonical ?? compact;
}

/**
 * The same quantity in its unit's base, computed exactly: 2.2 亿元 → 220000000 元, 3 公里 → 3000 米,
 * 1.5 万亩 → 15000 亩. Units without a base (counts, people, 元, 米) come back unchanged.
 */
export function toBaseQuantity(value: number, unit: string): { value: number; unit: string } {
  const canonical = canonicalUnit(unit);
  const definition = CANONICAL_BY_SPELLING.get(canonical);
  if (definition?.base === undefined || definition.power10 === undefined)
    return { value, unit: canonical };
  return { value: shiftDecimal(value, definition.power10), unit: definition.base };
}

/** What units measure, as one key: units are comparable exactly when their keys are equal. */
export const unitComparisonKey: (unit: string) => string = memoizeByText((unit) => {
  const base = toBaseQuantity(1, unit).unit;
  return CANONICAL_BY_SPELLING.get(base)?.sameAs ?? base;
});

/**
 * Whether figures in these units measure the same thing: 万元 and 亿元 yes, 公里 and 米 yes, 人 and 名
 * yes; 人 and 人次 no, 个 and 处 no.
 */
export function unitsComparable(a: string, b: string): boolean {
  return unitComparisonKey(a) === unitComparisonKey(b);
}
