import { createGrid, setCell } from "../../../src/core/grid";
import { detectTables } from "../../../src/core/detect/detectTables";
import { FUNDING_GROUP_WORDS } from "../../../src/core/vocabulary/funding";

describe("group headers over investment and funding columns", () => {
  test.each([
    // lianshui, compacted
    ["投资规模及资金筹措方案(单位:万元)", true],
    // the synonyms other offices write (test/helpers/headerSynonyms.ts)
    ["资金来源(单位:万元)", true],
    ["资金来源", true],
    ["资金安排", true],
    ["投资构成", true],
    ["资金筹措", true],
    ["投资及资金来源", true],
    ["筹措方案", true],
    ["经费来源", true],
    ["项目经费", true],
    ["补助资金(万元)", true],
    ["牵头单位及分年度工作任务", false],
    ["进度计划", false],
    ["C级", false],
    ["城镇新增就业(人)", false],
    ["促进城乡劳动者就业创业", false],
    ["项目类别", false],
    ["合计", false],
  ])("%s is a funding group: %s", (text, group) => {
    expect(FUNDING_GROUP_WORDS.test(text)).toBe(group);
  });
});

describe("unnamed sub-columns under a funding group are funding sources", () => {
  /**
   * A project list whose group header spans the total and two sources with headers no rule knows. The
   * sources leave part of the total unaccounted for, so no sum found in the figures makes them funding:
   * only the group's words do.
   */
  function fundingOf(group: string, sources: [string, string]): number[] {
    const grid = createGrid("台账", 0, 0);
    const headers = ["序号", "项目名称", group, null, null, "责任单位"];
    const subHeaders = [null, null, "总投资", sources[0], sources[1], null];
    headers.forEach((text, col) => text && setCell(grid, 0, col, { value: text }));
    subHeaders.forEach((text, col) => text && setCell(grid, 1, col, { value: text }));
    const rows: [number, number][] = [
      [100, 60],
      [80, 20],
      [50, 50],
      [30, 70],
      [12, 8],
    ];
    rows.forEach(([a, b], k) => {
      const row = k + 2;
      setCell(grid, row, 0, { value: k + 1 });
      setCell(grid, row, 1, { value: `项目${k + 1}` });
      setCell(grid, row, 2, { value: a + b + 7 });
      setCell(grid, row, 3, { value: a });
      setCell(grid, row, 4, { value: b });
      setCell(grid, row, 5, { value: "县住建局" });
    });
    grid.merges = [
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 1, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 0, right: 4 },
      { top: 0, left: 5, bottom: 1, right: 5 },
    ];
    const tables = detectTables(grid);
    expect(tables).toHaveLength(1);
    return tables[0].fundingColumns;
  }

  test.each<[string, [string, string], number[]]>([
    ["投资规模及资金筹措方案(单位:万元)", ["省补", "县配"], [3, 4]],
    ["资金来源(单位:万元)", ["甲方", "乙方"], [3, 4]],
    ["资金安排", ["争取", "统筹"], [3, 4]],
    ["分项情况", ["甲方", "乙方"], []],
    // a source's own name makes it funding whatever the group
    ["分项情况", ["上级补助", "乙方"], [3]],
  ])("under %s, of %j the funding columns are %j", (group, sources, funding) => {
    expect(fundingOf(group, sources)).toEqual(funding);
  });
});
