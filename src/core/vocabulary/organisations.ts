/** The words of organisations: a lead-unit column names its rows with these. */

/** An organisation's name ends in one of these (`县教育局`, `市卫健委`, `县政府办`, `市公共资源交易中心`). */
export const ORGANISATION_ENDING =
  /(局|委|委员会|办|办公室|中心|院|所|站|队|公司|集团|厅|部|处|会|联|社|团|行|镇|乡|街道|政府|管委会|分局|支队|大队)$/;
