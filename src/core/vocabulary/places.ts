/** The words of places: a by-place table names its rows with these. */

/** A place name: ends in an administrative unit's word (`东坡区`, `仁寿县`, `城关镇`, `市本级`). */
export const PLACE_NAME =
  /^[\u4e00-\u9fff]{1,12}(省|市|县|区|州|盟|旗|镇|乡|街道|新区|开发区|园区|管委会)$|^(市|县|区)本级$/;

/** A header over place names: the by-place table's item names (`地区`, `县区名称`, `乡镇、街道`, `市州`). */
export const PLACE_HEADER_WORDS =
  /^(地区|区域|县区|区县|市州|市县|县市区|县\(市、区\)|县\(市区\)|乡镇|镇街|乡镇街道|乡镇、街道|乡镇\(街道\)|镇\(街道\)|街道|县区名称|地区名称|单位名称)$/;
