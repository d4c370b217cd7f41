import {
  PLACE_HEADER_WORDS,
  PLACE_NAME,
  ROUTE_CODE,
  SITE_NAME,
} from "../../../src/core/vocabulary/places";

describe("place names", () => {
  test.each([
    ["东坡区", true],
    ["仁寿县", true],
    ["贵阳市", true],
    ["六盘水市", true],
    ["黔西南州", true],
    ["眉山天府新区", true],
    ["阿拉善盟", true],
    ["四子王旗", true],
    ["城关镇", true],
    ["马头乡", true],
    ["桂阳街道", true],
    ["郯城经济开发区", true],
    ["苏州工业园区", true],
    ["新区管委会", true],
    ["山东省", true],
    ["市本级", true],
    ["县本级", true],
    ["区本级", true],
    ["管委会", false],
    ["修武", false],
    ["长沙", false],
    ["合计", false],
    // 全市 ends in 市 too: a whole-area row reads as a place (WHOLE_AREA_WORDS tells it apart)
    ["全市", true],
    ["县教育局", false],
    ["新建项目", false],
    ["东坡区、仁寿县", false],
    ["市本级发放", false],
    ["一二三四五六七八九十一二三县", false],
    ["A市", false],
    ["", false],
  ])("%j is a place: %s", (text, place) => {
    expect(PLACE_NAME.test(text)).toBe(place);
  });
});

describe("headers over place names", () => {
  test.each([
    ["地区", true],
    ["区域", true],
    ["县区", true],
    ["区县", true],
    ["市州", true],
    ["市县", true],
    ["县市区", true],
    ["县(市、区)", true],
    ["县(市区)", true],
    ["乡镇", true],
    ["镇街", true],
    ["乡镇街道", true],
    ["乡镇、街道", true],
    ["乡镇(街道)", true],
    ["镇(街道)", true],
    ["街道", true],
    ["县区名称", true],
    ["地区名称", true],
    ["单位名称", true],
    ["项目名称", false],
    ["地区生产总值", false],
    ["所在地区", false],
    ["责任单位", false],
    ["性质", false],
  ])("%s: %s", (header, place) => {
    expect(PLACE_HEADER_WORDS.test(header)).toBe(place);
  });
});

describe("sites a target lists", () => {
  test.each([
    ["G518店韩线", "G518"],
    ["S313滕平线山亭段", "S313"],
    ["X045线", "X045"],
    ["崇文北路", null],
    ["2023年", null],
  ])("%s carries the route number %s", (text, code) => {
    expect(ROUTE_CODE.exec(text)?.[0] ?? null).toBe(code);
  });

  test.each([
    ["崇文北路", true],
    ["北庄镇", true],
    ["洪门村", true],
    ["兰之陵市民公园", true],
    ["东城街道", true],
    ["城市道路升级改造", false],
    ["困难职工救助", false],
    ["路", false],
  ])("%s names a site: %s", (name, site) => {
    expect(SITE_NAME.test(name)).toBe(site);
  });
});
