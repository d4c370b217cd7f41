/**
 * Placeholder words: what staff type into a cell to leave it empty or to say "none" (—, /, 无, 暂无).
 */

/** A text cell left empty on purpose: nothing but dashes, slashes, dots and commas, or 无, 暂无. */
export const PLACEHOLDER = /^([-—–_/\\.。·…、，,：:]*|无|暂无)$/;
/** Dashes and slashes staff type for "none" in a figure column. */
export const NONE_MARKS = /^[-—–―−/／\\无]+$/;
