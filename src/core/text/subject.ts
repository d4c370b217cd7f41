/**
 * Whether two figures count the same thing, judged by their subject words: `市政消火栓` and
 * `市政消火栓建设` do, `健身路径` and `赛事` do not.
 *
 * Generic words (完成, 建设, 新增, 工作, 项目…) are removed first, so `城镇新增就业` reads `城镇就业`.
 * Then a subject contained in the other (`培训` in `应急救护普及培训`, `赛事` in `全民健身品牌赛事`) is
 * a match: the longer one names the same thing more precisely. Otherwise the Dice coefficient of
 * character bigrams decides. Siblings of a 其中 breakdown (`乡村公益性岗位`, `城镇公益性岗位`) share
 * their head noun but count different things; their Dice of 0.67 stays below the threshold, so they
 * do not match.
 */

import { toHalfWidth } from "./normalize";
import { GENERIC_WORDS } from "../vocabulary/subjects";

/** Similarity from which two subjects count as the same thing. */
export const SUBJECT_MATCH_THRESHOLD = 0.7;
/** Similarity given to a subject contained in a longer one. */
const CONTAINED_SIMILARITY = 0.8;

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (ch >= "0" && ch <= "9") ||
    (ch >= "a" && ch <= "z")
  );
}

function wordCharacters(text: string): string {
  let out = "";
  for (const ch of toHalfWidth(text).toLowerCase()) if (isWordChar(ch)) out += ch;
  return out;
}

const GENERIC_PATTERN = new RegExp(GENERIC_WORDS.join("|"), "g");

/** Keys already computed: rules compare the same few subjects many times over a large table. */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** The subject reduced for comparison: word characters only, generic words gone unless nothing else is left. */
export function subjectKey(subject: string): string {
  const cached = keyCache.get(subject);
  if (cached !== undefined) return cached;
  const words = wordCharacters(subject);
  const stripped = words.replace(GENERIC_PATTERN, "");
  const key = stripped === "" ? words : stripped;
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(subject, key);
  return key;
}

/** Longer texts than this have their pairs sorted and merged rather than compared each with each. */
const PAIRWISE_LIMIT = 64;

/** The text's character pairs, each as one number, sorted. */
function sortedPairs(text: string): Float64Array {
  const pairs = new Float64Array(text.length - 1);
  for (let i = 0; i + 1 < text.length; i++)
    pairs[i] = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
  return pairs.sort();
}

/** How many character pairs two texts share, each as often as the rarer side has it. */
function sharedPairs(a: string, b: string): number {
  if (a.length > PAIRWISE_LIMIT || b.length > PAIRWISE_LIMIT) {
    const left = sortedPairs(a);
    const right = sortedPairs(b);
    let shared = 0;
    for (let i = 0, j = 0; i < left.length && j < right.length;) {
      if (left[i] < right[j]) i++;
      else if (left[i] > right[j]) j++;
      else {
        shared++;
        i++;
        j++;
      }
    }
    return shared;
  }
  // Subjects and names are a few words: each pair of `a` takes an unused equal pair of `b`.
  const used = new Uint8Array(b.length - 1);
  let shared = 0;
  for (let i = 0; i + 1 < a.length; i++) {
    const first = a.charCodeAt(i);
    const second = a.charCodeAt(i + 1);
    for (let j = 0; j + 1 < b.length; j++) {
      if (used[j] === 0 && b.charCodeAt(j) === first && b.charCodeAt(j + 1) === second) {
        used[j] = 1;
        shared++;
        break;
      }
    }
  }
  return shared;
}

/** Dice's coefficient over character pairs. */
function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  return (2 * sharedPairs(a, b)) / (a.length - 1 + (b.length - 1));
}

/** How alike two subjects are, from 0 (nothing shared, or either empty) to 1 (the same words). */
export function subjectSimilarity(a: string, b: string): number {
  return keySimilarity(subjectKey(a), subjectKey(b));
}

/** subjectSimilarity of two subjects' keys (subjectKey), for callers that need the keys too. */
export function keySimilarity(left: string, right: string): number {
  if (left === "" || right === "") return 0;
  if (left === right) return 1;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  const pairScore = dice(left, right);
  if (short.length >= 2 && long.includes(short)) return Math.max(pairScore, CONTAINED_SIMILARITY);
  return pairScore;
}

/** Whether two subjects name the same thing (see the module comment); an empty subject matches nothing. */
export function subjectsMatch(a: string, b: string): boolean {
  return subjectSimilarity(a, b) >= SUBJECT_MATCH_THRESHOLD;
}
