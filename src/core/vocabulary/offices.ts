/**
 * Office words: how the name of a unit that leads or shares the work ends (县水务局, 团县委, 街道, 镇,
 * 供电公司, 红十字会). Scanning breaks names across lines; a fragment that ends so is a whole name.
 */

/** The endings of office, company and place names, and 等 closing a list of them. */
export const OFFICE_NAME_ENDING =
  /(局|委|会|院|办|部|队|中心|公司|集团|街道|镇|乡|站|所|室|处|团|联|社|厅|馆|司|府|区|县|市|指挥部|分局|控股|有线|管委会|大队|支队|法院|检察院|专班|银行|单位|园|村|组|科|股|台|校|学校|医院|协会|企业|机构|等)$/;
