/**
 * Units in text: which unit is spelled at a place (the spellings are vocabulary/units.ts), its
 * canonical name, and how to bring two of them to a common base so that 2575万元 and 0.2575亿元, or
 * 3公里 and 3000米, compare.
 */

import { shiftDecimal } from "./decimal";
import { memoizeByText } from "./memo";
import { toHalfWidth } from "./normalize";
import { isAsciiLetter } from "./charCodes";
import { DEFINITIONS, RATE_DENOMINATORS, UnitDefinition } from "../vocabulary/units";

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

/** What a unit's figures tally: a tallying unit's things (人次 → 人), else what it measures. */
const tallyKey: (unit: string) => string = memoizeByText((unit) => {
  const tallies = CANONICAL_BY_SPELLING.get(canonicalUnit(unit))?.tallies;
  return unitComparisonKey(tallies ?? unit);
});

/**
 * Whether figures in these units count the same things, some perhaps more than once: 人 and 人次
 * yes, 名 and 人次 yes, 个 and 处 no. Looser than unitsComparable: for targets that lump kinds together.
 */
export function unitsTallyAlike(a: string, b: string): boolean {
  return tallyKey(a) === tallyKey(b);
}
