/**
 * Qualifier words: how strictly a figure is meant. Words before it (约, 不少于, 控制在) and after it (以上,
 * 左右) make it approximate, a floor or a ceiling; 余/多 between a number and its unit (100余人) make it a
 * floor; 力争/争取 make it an aim.
 */

import { CodeSet } from "../text/codeSet";
import type { Qualifier } from "../text/figures";

/** Words before a figure, longest first, so 不超过 is not read as 超过. */
export const PREFIX_QUALIFIERS: readonly [string, Qualifier][] = [
  ["不少于", "atLeast"],
  ["不低于", "atLeast"],
  ["不小于", "atLeast"],
  ["不超过", "atMost"],
  ["不高于", "atMost"],
  ["不多于", "atMost"],
  ["不大于", "atMost"],
  ["控制在", "atMost"],
  ["超过", "atLeast"],
  ["多于", "atLeast"],
  ["高于", "atLeast"],
  ["至少", "atLeast"],
  ["少于", "atMost"],
  ["低于", "atMost"],
  ["最多", "atMost"],
  ["大约", "approx"],
  ["将近", "approx"],
  ["接近", "approx"],
  ["逾", "atLeast"],
  ["约", "approx"],
  ["近", "approx"],
];
/** 近 after these characters means "near", not "nearly" (就近, 附近). */
export const NOT_APPROX_BEFORE_近 = "就最附临邻靠亲贴";
/** Words after a figure, longest first, so 及以上 is not read as 以上. */
export const SUFFIX_QUALIFIERS: readonly [string, Qualifier][] = [
  ["及以上", "atLeast"],
  ["以上", "atLeast"],
  ["以下", "atMost"],
  ["以内", "atMost"],
  ["之内", "atMost"],
  ["左右", "approx"],
  ["上下", "approx"],
];
/** 100余人, 三十多名: what may stand between a number and its unit besides spaces. */
export const MORE_THAN_CODES = new CodeSet("余多");
/** Words before a figure in its clause that make it an aim, not a commitment. */
export const AIM_WORDS: readonly string[] = ["力争", "争取"];
