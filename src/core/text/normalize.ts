/**
 * Text as staff type, paste and scan it, made comparable: full-width ASCII folded to half-width,
 * spaces left between Chinese characters by scanning removed, HTML fragments from web forms
 * stripped. Deliberately not NFKC, which would turn ① into 1 and ㎡ into m2.
 */

import { memoizeByText } from "./memo";
import { CIRCLED_FIRST, CIRCLED_LAST } from "./charCodes";

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF_OFFSET = 0xfee0;

/**
 * Full-width ASCII to half-width, ideographic and no-break spaces to plain ones. One character for
 * one, so offsets into the result are offsets into the input.
 */
const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0]/;

export function toHalfWidth(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  return text.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code >= FULL_WIDTH_START && code <= FULL_WIDTH_END
      ? String.fromCharCode(code - FULL_TO_HALF_OFFSET)
      : " ";
  });
}

const SUPERSCRIPT_DIGITS: Record<string, string> = { "2": "²", "3": "³" };
const HTML_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** Strips the HTML that web forms leave in cells; `m<sup>2</sup>` becomes `m²`, `<br>`/`</p>` a line break. */
export function stripHtml(text: string): string {
  if (!text.includes("<") && !text.includes("&")) return text;
  return text
    .replace(/<sup>\s*([23])\s*<\/sup>/gi, (_m, digit: string) => SUPERSCRIPT_DIGITS[digit])
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, "\n")
    .replace(/<\/?[a-zA-Z][^<>]{0,200}>/g, "")
    .replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_m, name: string) => HTML_ENTITIES[name])
    .replace(/&#(\d{1,6});/g, (_m, code: string) => String.fromCodePoint(Number(code)));
}

/** Chinese characters and the full-width punctuation that sits between them. */
export function isCjk(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff65 && !(code >= 0xff10 && code <= 0xff19)) ||
    code === 0x3007 ||
    (code >= 0x2460 && code <= 0x2473) ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0xb2 ||
    code === 0xb3
  );
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/**
 * Removes the spaces scanning leaves inside Chinese text (`已 完 成 全 年 任 务` → `已完成全年任务`)
 * and between a figure and a Chinese word (`2023 年 8 月` → `2023年8月`), but never between two
 * figures or two Latin words, whose separation carries meaning.
 */
export function removeScanSpaces(text: string): string {
  if (!text.includes(" ") && !text.includes("\t")) return text;
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== " " && ch !== "\t") {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && (text[j] === " " || text[j] === "\t")) j++;
    const before = i > 0 ? text[i - 1] : "";
    const after = j < text.length ? text[j] : "";
    const between = before !== "" && after !== "" && before !== "\n" && after !== "\n";
    const joinable =
      between && (isCjk(before) || isCjk(after)) && !(isDigit(before) && isDigit(after));
    parts.push(text.slice(runStart, i));
    if (between && !joinable) parts.push(" ");
    runStart = j;
    i = j;
  }
  parts.push(text.slice(runStart));
  return parts.join("");
}

const WHITE_SPACE = /\s/;

/**
 * Whether trimming each line would change the text: white space (a line break included) opens or
 * ends it or stands beside a line break. Scan spaces are gone by now, so most texts have none.
 */
function hasSpaceAtLineEdge(text: string): boolean {
  const isSpaceAt = (k: number): boolean => k >= 0 && k < text.length && WHITE_SPACE.test(text[k]);
  if (isSpaceAt(0) || isSpaceAt(text.length - 1)) return true;
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1))
    if (isSpaceAt(k - 1) || isSpaceAt(k + 1)) return true;
  return false;
}

const rememberedNormalForm = memoizeByText(readNormalForm);

/**
 * What normalising changes: white space (line breaks, scan spaces, ideographic and no-break spaces
 * included), full-width ASCII and HTML. A text without any is its own normal form, and is returned
 * without a lookup: names, units and status words are most of the texts asked about.
 */
const NORMALISED_AWAY = /[\s\uff01-\uff5e<&]/;

/** The normal form every parser works on. Line breaks are kept: plans and lists use them. */
export function normalizeText(text: string): string {
  return NORMALISED_AWAY.test(text) ? rememberedNormalForm(text) : text;
}

function readNormalForm(text: string): string {
  const folded = toHalfWidth(stripHtml(text));
  const unified = folded.includes("\r") ? folded.replace(/\r\n?/g, "\n") : folded;
  const joined = removeScanSpaces(unified);
  if (!joined.includes("\n")) return joined.trim();
  if (!hasSpaceAtLineEdge(joined)) return joined;
  return joined
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}

/**
 * A header or a name reduced for matching: normalised, with all white space and line breaks gone.
 * Not remembered apart: the normal form is, and most texts hold no white space once normalised, so
 * a second memory of as many texts would cost more lookups and inserts than it saves.
 */
export function compactText(text: string): string {
  const normal = normalizeText(text);
  return WHITE_SPACE.test(normal) ? normal.replace(/\s+/g, "") : normal;
}

/** ①…⑳ → 1…20; anything else → null. */
export function circledNumberValue(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (ch.length !== 1 || code < CIRCLED_FIRST || code > CIRCLED_LAST) return null;
  return code - CIRCLED_FIRST + 1;
}

export interface ListEntry {
  /** The marker's number (① → 1), or null for text before the first marker. */
  marker: number | null;
  text: string;
}

/**
 * Splits text at circled-number list markers (①5月，… ②6月，…). Markers may skip (① ③ ④) but never go
 * back: a smaller one is left inside the entry, as scanned text sometimes repeats a marker mid-line.
 */
export function splitCircledList(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  let current: ListEntry = { marker: null, text: "" };
  let last = 0;
  for (const ch of text) {
    const n = circledNumberValue(ch);
    if (n !== null && n > last) {
      if (current.marker !== null || current.text.trim() !== "") entries.push(current);
      current = { marker: n, text: "" };
      last = n;
    } else {
      current.text += ch;
    }
  }
  if (current.marker !== null || current.text.trim() !== "") entries.push(current);
  return entries.map((e) => ({ marker: e.marker, text: e.text.trim() }));
}
