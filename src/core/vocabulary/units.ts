/**
 * Unit words: the units ledgers count in, each with its spellings and the power of ten to its base
 * unit (万元 → 元), the classifiers that count things, and the words a rate's slash may lead to (元/月).
 */

/** A unit: its canonical spelling, its other spellings, and how it converts or what it counts. */
export interface UnitDefinition {
  canonical: string;
  /** Spellings besides the canonical one. */
  aliases?: readonly string[];
  /** The unit it converts to, and the power of ten between them; absent for base units. */
  base?: string;
  power10?: number;
  /** Units that count the same thing under another name (名 and 人). */
  sameAs?: string;
  /**
   * The unit whose things it tallies, each time they come (人次 tallies 人): a target that lumps
   * several kinds together (`A、B等400人`) takes figures of either.
   */
  tallies?: string;
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

/** Every unit the parsers recognise, once each, with its spellings and its base. */
export const DEFINITIONS: readonly UnitDefinition[] = [
  { canonical: "元" },
  { canonical: "千元", base: "元", power10: 3 },
  { canonical: "万元", base: "元", power10: 4 },
  { canonical: "亿元", base: "元", power10: 8 },
  { canonical: "人", aliases: ["人员"] },
  { canonical: "名", sameAs: "人" },
  { canonical: "人次", tallies: "人" },
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

/** Time words that may follow a slash in a rate (元/月, 立方米/秒). */
export const RATE_DENOMINATORS: readonly string[] = [
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

/** Units that after a 千 ending a Chinese numeral belong to the unit (三千伏安 is 3 千伏安). */
export const KILO_UNITS: ReadonlySet<string> = new Set([
  "千伏安",
  "千伏",
  "千瓦",
  "千瓦时",
  "千克",
]);
