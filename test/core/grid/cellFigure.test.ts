import { Cell } from "../../../src/core/grid";
import { CellFigure, cellFigure, halfUnitShown } from "../../../src/core/grid/cellFigure";

type Expected = [value: number, unit: string, percent: boolean, decimals: number, rounding: number];

function figure([value, unit, percent, decimals, rounding]: Expected): CellFigure {
  return { value, unit, percent, decimals, rounding };
}

/** Rounding is computed in binary floating point: 0.5 × 10⁻⁴ need not print as 0.00005. */
function expectFigure(cell: Cell, expected: Expected): void {
  const read = cellFigure(cell);
  expect(read).toEqual({ ...figure(expected), rounding: expect.closeTo(expected[4], 12) });
}

describe("numbers", () => {
  test.each<[string, Cell, Expected]>([
    ["a whole number", { value: 72 }, [72, "", false, 0, 0]],
    ["a number with decimals", { value: 11.25 }, [11.25, "", false, 2, 0.005]],
    ["a negative number", { value: -3.5 }, [-3.5, "", false, 1, 0.05]],
    [
      "a whole number shown with decimals",
      { value: 12, format: "0.00" },
      [12, "", false, 2, 0.005],
    ],
    ["decimals the format hides", { value: 2.5, format: "#,##0" }, [2.5, "", false, 0, 0.5]],
    ["a format with thousands", { value: 2.5, format: "#,##0.00" }, [2.5, "", false, 2, 0.005]],
    ["digits stored as text", { value: "120" }, [120, "", false, 0, 0]],
    ["text with thousands separators", { value: "1,057" }, [1057, "", false, 0, 0]],
    ["full-width digits", { value: "１２０" }, [120, "", false, 0, 0]],
    ["a negative number as text", { value: "-3.5" }, [-3.5, "", false, 1, 0.05]],
  ])("%s", (_, cell, expected) => {
    expectFigure(cell, expected);
  });
});

describe("percents", () => {
  test.each<[string, Cell, Expected]>([
    [
      "a fraction shown as a whole percent",
      { value: 0.72, format: "0%" },
      [0.72, "", true, 0, 0.005],
    ],
    [
      "a fraction shown with one decimal",
      { value: 0.736, format: "0.0%" },
      [0.736, "", true, 1, 0.0005],
    ],
    [
      "a fraction shown with two decimals",
      { value: 0.0588, format: "0.00%" },
      [0.0588, "", true, 2, 0.00005],
    ],
    ["above 100%", { value: 1.1, format: "0%" }, [1.1, "", true, 0, 0.005]],
    ["72%", { value: "72%" }, [0.72, "", true, 0, 0.005]],
    ["139.1%", { value: "139.1%" }, [1.391, "", true, 1, 0.0005]],
    ["0.5%", { value: "0.5%" }, [0.005, "", true, 1, 0.0005]],
    ["a full-width percent sign", { value: "95％" }, [0.95, "", true, 0, 0.005]],
    ["a remark in brackets after it", { value: "76%(个别乡镇偏慢)" }, [0.76, "", true, 0, 0.005]],
    [
      "a remark in full-width brackets",
      { value: "57%（赤溪、灵溪偏慢）" },
      [0.57, "", true, 0, 0.005],
    ],
    ["a percent reached", { value: "达到95%" }, [0.95, "", true, 0, 0.005]],
  ])("%s", (_, cell, expected) => {
    expectFigure(cell, expected);
  });

  test("a percent stored as text is no percent format: 72 under `0%` is read as it is stored", () => {
    expect(cellFigure({ value: "72", format: "0%" })).toMatchObject({ value: 72, percent: false });
  });
});

describe("figures with units", () => {
  test.each<[string, Cell, Expected]>([
    ["8950人", { value: "8950人" }, [8950, "人", false, 0, 0]],
    ["11.2公里", { value: "11.2公里" }, [11.2, "公里", false, 1, 0.05]],
    ["51个", { value: "51个" }, [51, "个", false, 0, 0]],
    ["1.2万元", { value: "1.2万元" }, [1.2, "万元", false, 1, 0.05]],
    ["约50人", { value: "约50人" }, [50, "人", false, 0, 0]],
    ["50人以上", { value: "50人以上" }, [50, "人", false, 0, 0]],
    ["不低于60元", { value: "不低于60元" }, [60, "元", false, 0, 0]],
    ["共12项", { value: "共12项" }, [12, "项", false, 0, 0]],
  ])("%s", (_, cell, expected) => {
    expectFigure(cell, expected);
  });

  test("万 before the unit is applied to the value", () => {
    expect(cellFigure({ value: "1.9万人次" })).toMatchObject({ value: 19000, unit: "人次" });
    expect(cellFigure({ value: "5.2万人" })).toMatchObject({ value: 52000, unit: "人" });
  });
});

describe("cells that state no one figure", () => {
  test.each<[string, Cell | undefined]>([
    ["no cell", undefined],
    ["an empty cell", { value: null }],
    ["a boolean", { value: true }],
    ["an empty text", { value: "" }],
    ["words", { value: "已完成" }],
    ["two figures", { value: "完成9个,完成率100%" }],
    ["a figure and its count", { value: "1341户/1232户" }],
    ["a range", { value: "3-5名" }],
    ["a date", { value: "2023年12月" }],
    ["a figure with words after it", { value: "12个乡镇" }],
    ["a figure in Chinese numerals", { value: "两个" }],
    ["text longer than a figure", { value: "年度任务目标8.65亿元" }],
    ["a sentence", { value: "完成综合交通投资33.9亿元" }],
    ["an error value", { value: "#DIV/0!", error: true }],
  ])("%s", (_, cell) => {
    expect(cellFigure(cell)).toBeNull();
  });
});

describe("half a unit of the last digit shown", () => {
  test.each<[string, Cell, number]>([
    // a whole number is exact as a count, but a rate printed 108 may be 108.03
    ["108", { value: 108 }, 0.5],
    ["11.2", { value: 11.2 }, 0.05],
    ["12 shown as 12.00", { value: 12, format: "0.00" }, 0.005],
    ["72%", { value: "72%" }, 0.005],
    ["0.72 shown as 72%", { value: 0.72, format: "0%" }, 0.005],
    ["5.88%", { value: "5.88%" }, 0.00005],
    ["8950人", { value: "8950人" }, 0.5],
    ["11.2公里", { value: "11.2公里" }, 0.05],
  ])("%s → %d", (_, cell, half) => {
    const read = cellFigure(cell);
    expect(read).not.toBeNull();
    expect(halfUnitShown(read as CellFigure)).toBeCloseTo(half, 12);
  });
});
