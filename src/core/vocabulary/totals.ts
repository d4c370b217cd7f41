/** The words that name a totals, subtotal or whole-area row. */

/** A grand total: `合计`, `总计`, `项目（合计：50个）`. */
export const TOTALS_WORDS = /合计|总计|共计/;

/** A subtotal over one category's items. */
export const SUBTOTAL_WORDS = /小计/;

/** What makes a sub-header the total of its namesakes: `总户数` over `户数`, `合计补助资金`. */
export const TOTAL_HEADER_AFFIXES = /^(总|合计|小计|共计)|(合计|小计|总计)$/;

/** The character every totals word (合计, 总计, 共计, 小计) holds: text without it names no totals row. */
export const TOTALS_WORD_CHAR = "计";

/**
 * A row for a whole area, which sums its places in a by-place table: `全市`, `全县`, `全省`, `全区`,
 * `全州`, `全盟`, `总体`.
 */
export const WHOLE_AREA_WORDS = /^(全(市|县|区|省|州|盟|旗|镇|乡)|总体|汇总)(合计)?$/;
