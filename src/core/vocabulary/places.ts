/** The words of places: a by-place table names its rows with these. */

/** A place name: ends in an administrative unit's word (`东坡区`, `仁寿县`, `城关镇`, `市本级`). */
export const PLACE_NAME =
  /^[\u4e00-\u9fff]{1,12}(省|市|县|区|州|盟|旗|镇|乡|街道|新区|开发区|园区|管委会)$|^(市|县|区)本级$/;
