/**
 * Counting words: the classifiers a count of named things is given in (`3个小区`), the words of a
 * totals label that states a count (`合计：50个`), the words that join or close a list of names
 * (和, 等), and the marks that give a figure for each of several or per unit (各, 均, 每).
 */

import { CodeSet } from "../text/codeSet";

/** Classifiers a count of named things is given in (`3个小区`, `5处`, `2名`). */
export const NAME_COUNT_UNITS: ReadonlySet<string> = new Set([
  "个",
  "处",
  "座",
  "所",
  "家",
  "项",
  "条",
  "支",
  "名",
  "位",
  "栋",
  "幢",
  "类",
  "种",
]);
/** Classifiers a totals row counts its projects in (`合计：50个`, `共计12项`). */
export const TOTALS_COUNT_UNITS: ReadonlySet<string> = new Set(["个", "项", "件"]);
/** Words of a totals label after which it states a count (`项目（合计：50个）`, `共12项`). */
export const TOTAL_COUNT_WORDS = /合计|共计|总计|共/;

/** Joins the last two names (`A、B和C`). */
export const LAST_JOINER = /以及|和|及|与/;
/**
 * A list ending in a verb counts what is done at the places named, not the places (`在平邑县、莒南县
 * 建设5个示范中心`).
 */
export const ENDS_IN_VERB =
  /(建设|新建|建成|改建|扩建|修建|配建|创建|完成|改造|实施|开展|打造|提升|设立|设置|新增|增加|安装|配备|培育|举办|组织|发放|布设|开工|启动|推进|惠及|覆盖|涉及|包括|分别|达到|实现|有)$/;
/** 等 closes a list that names only some of what it counts (`淮浦人家、…等9个小区`, `改扩建23家等`). */
export const ETC = "等";
/** 等待 begins with 等 and closes no list. */
export const ETC_IN_WORD = "等待";

/** 各 gives a number for each of several (`兰山区、蒙阴县各建成2家`), not one for them all. */
export const EACH = "各";
/** Close before a figure, these make it an amount per unit (`各1家`, `均至少建成一家`). */
export const EACH_MARK_CODES = new CodeSet("各均");
/** Anywhere before a figure in its clause, 每 makes it a rate (`每千人口托位数达到3.5个`, `每人每月100元`). */
export const PER_MARK = "每";

/** 其中 after these characters is part of a word (尤其中小企业, 极其中), not a breakdown into parts. */
export const NOT_BREAKDOWN_BEFORE_其中 = "尤极";
