/** The words of places: a by-place table names its rows with these. */

/** A place name: ends in an administrative unit's word (`东坡区`, `仁寿县`, `城关镇`, `市本级`). */
export const PLACE_NAME =
  /^[\u4e00-\u9fff]{1,12}(省|市|县|区|州|盟|旗|镇|乡|街道|新区|开发区|园区|管委会)$|^(市|县|区)本级$/;

/** A header over place names: the by-place table's item names (`地区`, `县区名称`, `乡镇、街道`, `市州`). */
export const PLACE_HEADER_WORDS =
  /^(地区|区域|县区|区县|市州|市县|县市区|县\(市、区\)|县\(市区\)|乡镇|镇街|乡镇街道|乡镇、街道|乡镇\(街道\)|镇\(街道\)|街道|县区名称|地区名称|单位名称)$/;

/** A road's route number (`G518`, `S313`, `X045`): national, provincial, county, township roads. */
export const ROUTE_CODE = /[GSXYCZ]\d{2,4}/;

/** A named site a target lists (`崇文北路`, `北庄镇`, `洪门村`, `兰之陵市民公园`). */
export const SITE_NAME =
  /^[\u4e00-\u9fffA-Za-z0-9]{1,12}(路|街|大道|线|段|桥|镇|乡|村|社区|街道|公园|广场|小区|片区)$/;
