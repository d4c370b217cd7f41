import { detectTables } from "../../../src/core/detect/detectTables";
import { Role } from "../../../src/core/detect/roles";
import { ColumnEvidence, ColumnInfo, DetectedTable, Signal } from "../../../src/core/detect/types";
import { CellSpec, LedgerSpec, ledgerGrid } from "../../helpers/ledger";

function detectOne(spec: LedgerSpec): DetectedTable {
  const tables = detectTables(ledgerGrid(spec));
  expect(tables).toHaveLength(1);
  return tables[0];
}

function evidenceAt(table: DetectedTable, col: number): ColumnEvidence | undefined {
  return table.evidence.find((e) => e.col === col);
}

function columnAt(table: DetectedTable, col: number): ColumnInfo | undefined {
  return table.columns.find((c) => c.col === col);
}

/** A number shown as a percent (`0%`): 0.72 reads 72%. */
const pct = (v: number): CellSpec => ({ v, z: "0%" });

const header = (text: string): Signal => ({ kind: "header", text });
const content = (trait: string, count: number, of: number): Signal =>
  ({ kind: "content", trait, count, of }) as Signal;
const relation = (id: string): Signal => ({ kind: "relation", relation: id });

interface Case {
  spec: LedgerSpec;
  col: number;
  roles: Role[];
  confidence: number;
  signals: Signal[];
  /** The column is read as percents. */
  percent?: boolean;
}

const PROJECTS = ["新增城镇就业", "化解大班额", "两癌免费检查", "改造农村公路", "新建公厕"];
const OFFICES = ["区人社局", "区教育局", "区卫健局", "区交通局", "区城管局"];
const TARGETS = [8950, 51, 2500, 120, 30];
const ACTUALS = [6453, 3, 3321, 98, 30];

/** Five projects: 序号, 项目名称, then the columns given, one value per project each. */
function projects(headers: string[], ...columns: CellSpec[][]): LedgerSpec {
  return {
    headers: ["序号", "项目名称", ...headers],
    rows: PROJECTS.map((name, k) => [k + 1, name, ...columns.map((column) => column[k])]),
  };
}

const CASES: Record<string, Case> = {
  "an unknown header over organisations → lead": {
    spec: projects(["负责", "进展情况"], OFFICES, [
      "已开工",
      "已完成",
      "推进中",
      "主体完工",
      "已完成",
    ]),
    col: 2,
    roles: ["lead"],
    confidence: 0.65,
    signals: [content("organisations", 5, 5)],
  },
  "an unknown header over organisations when a lead is named → no role": {
    spec: projects(["牵头单位", "负责"], OFFICES, [
      "县教育局",
      "县民政局",
      "县人社局",
      "县住建局",
      "县交通局",
    ]),
    col: 3,
    roles: [],
    confidence: 0,
    signals: [content("organisations", 5, 5)],
  },
  "an unknown header over place names → name": {
    spec: {
      headers: ["属地", "计划数", "完成数", "备注"],
      rows: [
        ["东坡区", 100, 80, null],
        ["仁寿县", 90, 70, null],
        ["彭山区", 60, 61, null],
        ["洪雅县", 50, 45, null],
        ["丹棱县", 40, 30, null],
        ["青神县", 30, 28, null],
      ],
    },
    col: 0,
    roles: ["name"],
    confidence: 0.65,
    signals: [content("places", 6, 6)],
  },
  "an unknown header over dates → deadline": {
    spec: projects(
      ["节点", "责任单位"],
      ["2023年12月底前", "2023年6月底前", "2023年9月", "年底前", "2024-06-30"],
      OFFICES
    ),
    col: 2,
    roles: ["deadline"],
    confidence: 0.65,
    signals: [content("dates", 5, 5)],
  },
  "目标任务 over numbers → targetValue": {
    spec: projects(["目标任务", "完成数", "牵头单位"], TARGETS, ACTUALS, OFFICES),
    col: 2,
    roles: ["targetValue"],
    confidence: 0.8,
    signals: [header("目标任务"), content("numbers", 5, 5)],
  },
  "目标任务 over text stays the name": {
    spec: {
      headers: ["序号", "目标任务", "具体项目内容", "责任单位", "进展情况"],
      rows: PROJECTS.map((name, k) => [k + 1, name, `${name}工程`, OFFICES[k], "推进中"]),
    },
    col: 1,
    roles: ["name"],
    confidence: 0.75,
    signals: [header("目标任务")],
  },
  "完成情况 over plain numbers → actualValue": {
    spec: projects(["目标值", "完成情况", "责任单位"], TARGETS, ACTUALS, OFFICES),
    col: 3,
    roles: ["actualValue"],
    confidence: 0.8,
    signals: [header("完成情况"), content("numbers", 5, 5)],
  },
  "完成情况 over sentences stays progress": {
    spec: projects(
      ["目标值", "完成情况", "责任单位"],
      TARGETS,
      [
        "已完成6453人。",
        "化解3个,秋季完成。",
        "已超额完成。",
        "完成98公里,正在收尾。",
        "已全部建成。",
      ],
      OFFICES
    ),
    col: 3,
    roles: ["progress"],
    confidence: 0.75,
    signals: [header("完成情况")],
  },
  "完成进度 over sentences → progress": {
    spec: {
      headers: ["县区", "项目名称", "年度目标任务", "完成进度"],
      rows: [
        ["寿县", "就业促进行动", "力争9个城市社区达到充分就业社区标准", "完成9个,完成率100%"],
        ["寿县", "就业促进行动", "募集青年就业见习岗位325个", "完成330个,完成率101.54%"],
        ["寿县", "就业促进行动", "开发公益性岗位540个", "完成838个,完成率155.19%"],
        ["寿县", "技能培训行动", "开展职业技能培训3000人次", "完成1200人次,完成率40%"],
        ["寿县", "技能培训行动", "新增高技能人才200人", "完成60人,完成率30%"],
      ],
    },
    col: 3,
    roles: ["progress"],
    confidence: 0.8,
    signals: [header("完成进度")],
  },
  "完成进度 over percents stays the rate": {
    spec: projects(["目标值", "完成数", "完成进度"], TARGETS, ACTUALS, [
      "72%",
      "6%",
      "133%",
      "82%",
      "100%",
    ]),
    col: 4,
    roles: ["rate"],
    confidence: 0.85,
    signals: [header("完成进度"), relation("ratio:E=D/C"), content("percents", 5, 5)],
    percent: true,
  },
  "当前进度 over 95% texts → progress in percents": {
    spec: {
      headers: ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
      rows: [
        [1, "新(改、扩)建公办园5所", "80%(新区实验幼儿园进度滞后)", "县教育局", "市民生实事"],
        [2, "建设四好农村路55公里", "95%", "县交通局", "县民生实事"],
        [3, "完成农村公路大中修70公里", "90%", "县交通局", "县民生实事"],
        [4, "新建城市书房3家", "67%", "县文广旅局", "县民生实事"],
        [5, "改造农贸市场2家", "50%", "县市场监管局", "县民生实事"],
        [6, "新增托位300个", "100%", "县卫健局", "市民生实事"],
      ],
    },
    col: 2,
    roles: ["progress"],
    confidence: 0.95,
    signals: [header("当前进度"), content("percents", 6, 6)],
    percent: true,
  },
  "形象进度 over fractions shown as percents → progress in percents": {
    spec: projects(
      ["形象进度", "责任单位"],
      [pct(1), pct(0.53), pct(0.8), pct(0.95), pct(1)],
      OFFICES
    ),
    col: 2,
    roles: ["progress"],
    confidence: 0.95,
    signals: [header("形象进度"), content("percents", 5, 5)],
    percent: true,
  },
  "an unnamed first column counting 1, 2, 3 → seq": {
    spec: {
      headers: ["No.", "项目名称", "牵头单位", "进展情况"],
      rows: PROJECTS.map((name, k) => [k + 1, name, OFFICES[k], "推进中"]),
    },
    col: 0,
    roles: ["seq"],
    confidence: 0.65,
    signals: [content("numbers", 5, 5), content("sequence", 4, 5)],
  },
};

describe("header and sample cells → role", () => {
  test.each(Object.entries(CASES))("%s", (_, c) => {
    const table = detectOne(c.spec);
    expect(evidenceAt(table, c.col)).toEqual({
      col: c.col,
      roles: c.roles,
      funding: false,
      confidence: c.confidence,
      signals: c.signals,
    });
    expect(columnAt(table, c.col)?.roles).toEqual(c.roles);
    expect(columnAt(table, c.col)?.percent === true).toBe(c.percent === true);
  });
});

describe("roles from the arithmetic", () => {
  test("a column with no role word that sums two funding sources → investTotal", () => {
    const table = detectOne({
      headers: ["市县", "资金合计", "中央资金", "省级资金", "备注"],
      rows: [
        ["修武", 1116.7, 10, 1106.7, null],
        ["博爱", 1150.9, 10, 1140.9, null],
        ["武陟", 1237.1, null, 1237.1, null],
        ["温县", 1202.5, 20, 1182.5, null],
        ["沁阳", 980.4, 15.4, 965, null],
        ["孟州", 870, 30, 840, null],
      ],
    });
    expect(table.relations).toEqual([
      {
        id: "sum:B=C+D",
        kind: "columnSum",
        total: 1,
        parts: [2, 3],
        holds: [1, 2, 3, 4, 5, 6],
        breaks: [],
      },
    ]);
    expect(evidenceAt(table, 1)).toEqual({
      col: 1,
      roles: ["investTotal"],
      funding: false,
      confidence: 0.85,
      signals: [relation("sum:B=C+D"), content("numbers", 6, 6)],
    });
    expect(evidenceAt(table, 2)?.signals).toEqual([
      header("中央资金"),
      relation("sum:B=C+D"),
      content("numbers", 5, 5),
    ]);
    expect(table.roleColumns.get("investTotal")).toBe(1);
    expect(table.fundingColumns).toEqual([2, 3]);
  });

  test("the parts of a sum under unknown headers become funding sources", () => {
    const table = detectOne({
      headers: ["序号", "项目名称", "金额", "第一批", "第二批", "责任单位"],
      rows: [
        [1, "新建幼儿园", 300, 100, 200, "县教育局"],
        [2, "改造农村公路", 450, 150, 300, "县交通局"],
        [3, "建设养老中心", 120, 120, 0, "县民政局"],
        [4, "改造老旧小区", 800, 500, 300, "县住建局"],
        [5, "新建公厕", 60, 20, 40, "县城管局"],
      ],
    });
    expect(table.relations.map((r) => r.id)).toEqual(["sum:C=D+E"]);
    expect(columnAt(table, 2)?.roles).toEqual(["investTotal"]);
    expect(table.fundingColumns).toEqual([3, 4]);
    for (const col of [2, 3, 4])
      expect(evidenceAt(table, col)?.signals).toContainEqual(relation("sum:C=D+E"));
  });

  test("target, actual and rate under unknown headers, rate = actual ÷ target", () => {
    const table = detectOne(
      projects(
        ["基数", "实到", "比值", "责任单位"],
        [...TARGETS, 300],
        [...ACTUALS, 150],
        [pct(0.72), pct(0.06), pct(1.33), pct(0.82), pct(1), pct(0.5)],
        [...OFFICES, "区卫健局"]
      )
    );
    expect(table.relations).toEqual([
      {
        id: "ratio:E=D/C",
        kind: "ratio",
        rate: 4,
        numerator: 3,
        denominator: 2,
        scale: 1,
        holds: [1, 2, 3, 4, 5],
        breaks: [],
      },
    ]);
    expect(table.indicators).toEqual([]);
    expect([2, 3, 4].map((col) => evidenceAt(table, col)?.roles)).toEqual([
      ["targetValue"],
      ["actualValue"],
      ["rate"],
    ]);
    for (const col of [2, 3, 4]) {
      expect(evidenceAt(table, col)?.signals[0]).toEqual(relation("ratio:E=D/C"));
      expect(evidenceAt(table, col)?.confidence).toBe(0.85);
    }
    expect(columnAt(table, 4)?.percent).toBe(true);
  });
});

describe("a by-place table with two indicators under merged headers", () => {
  const spec: LedgerSpec = {
    headers: [
      ["地区", "城镇新增就业(人)", "", "", "城镇失业人员再就业(人)", "", ""],
      ["", "目标任务", "进度", "完成比例(%)", "目标任务", "进度", "完成比例(%)"],
    ],
    rows: [
      ["全市", 2800, 3160, 112.9, 440, 470, 106.8],
      ["东坡区", 1000, 1200, 120, 150, 160, 106.7],
      ["仁寿县", 800, 900, 112.5, 120, 130, 108.3],
      ["彭山区", 400, 420, 105, 70, 70, 100],
      ["洪雅县", 300, 320, 106.7, 50, 55, 110],
      ["丹棱县", 300, 320, 106.7, 50, 55, 110],
    ],
    merges: ["A1:A2", "B1:D1", "E1:G1"],
  };

  test("the indicators, their columns and the rates between them", () => {
    const table = detectOne(spec);
    expect(table.headerTop).toBe(0);
    expect(table.headerBottom).toBe(1);
    expect(
      table.indicators.map(({ label, target, actual, ceiling }) => ({
        label,
        target,
        actual,
        ceiling,
      }))
    ).toEqual([
      { label: "城镇新增就业(人)", target: 1, actual: 2, ceiling: false },
      { label: "城镇失业人员再就业(人)", target: 4, actual: 5, ceiling: false },
    ]);
    // the indicators' columns keep no role of their own; the rate columns are percents
    for (const col of [1, 2, 3, 4, 5, 6]) expect(columnAt(table, col)?.roles).toEqual([]);
    expect(columnAt(table, 3)?.percent).toBe(true);
    expect(columnAt(table, 6)?.percent).toBe(true);
    expect(table.relations.filter((r) => r.kind === "ratio").map((r) => r.id)).toEqual([
      "ratio:D=C/B",
      "ratio:G=F/E",
    ]);
    expect(evidenceAt(table, 1)?.signals).toEqual([
      header("目标任务"),
      relation("ratio:D=C/B"),
      content("numbers", 6, 6),
    ]);
  });

  test("the 全市 first row is the totals row: the sum of the places", () => {
    const table = detectOne(spec);
    expect(table.totalsRow).toBe(2);
    expect(table.rowKinds.get(2)).toBe("totals");
    expect(table.dataTop).toBe(3);
    expect(table.relations.find((r) => r.kind === "rowSum")).toEqual({
      id: "rows:3",
      kind: "rowSum",
      totalRow: 2,
      rows: [3, 4, 5, 6, 7],
      holds: [1, 2, 4, 5],
      breaks: [],
    });
  });
});
