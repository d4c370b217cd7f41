/** Words that say what a row or a line of a sheet is, whatever the table: notes, titles, headings, units. */

/** A note or signature line under a table. */
export const NOTE_WORDS =
  /^(注|说明|备注|填报人|审核人|制表人|联系人|联系电话|填表说明|数据来源|填报单位|报送单位)[:：]?/;

/** A category heading row: `一、`, `（二）`, `第三部分`. */
export const CATEGORY_HEADING =
  /^[一二三四五六七八九十百]+[、.．]|^[（(][一二三四五六七八九十]+[）)]|^第[一二三四五六七八九十]+(部分|类)/;

/** Words that make a line above a header the table's title. */
export const TITLE_WORDS = /表|情况|台账|清单|计划|方案/;

/** The money unit a title or header states. */
export const MONEY_UNIT = /单位[:：]?(万元|元|亿元|千元)/;

/**
 * The words of a by-place table's sub-headers under an indicator: the indicator's target, what was
 * done, and the share done. They name a column only together with the indicator above them.
 */
export const INDICATOR_TARGET_WORDS =
  /^(目标任务|目标|任务|目标值|计划|计划数|任务数|年度目标|全年目标|目标数)(\(.*\))?$/;
export const INDICATOR_ACTUAL_WORDS =
  /^(进度|完成|完成值|完成数|实际完成|累计完成|已完成|完成情况|实绩)(\(.*\))?$/;
