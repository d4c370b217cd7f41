#!/usr/bin/env node
'use strict';
/**
 * Writes assets/examples/sample-ledger.xlsx: a small ledger of Taizhang's own making (a fictional
 * 示例县), in the layout staff keep, with a few defects planted on purpose so the demo has
 * something to find. Run it again after changing it: `node scripts/make-example.js`.
 *
 * Planted defects (asserted by test/examples.test.ts):
 *   - 合计 row: E4 is =SUM(E5:E11) while items run to row 12 (FORMULA_RANGE_INCOMPLETE)
 *   - project 2: 上级补助 + 县财政 + 社会资本 = 200 ≠ 计划总投资 210 (SUM_MISMATCH)
 *   - project 3: 县财政 stored as the text "50" (NUMBER_AS_TEXT)
 *   - project 4: quarterly training 300 + 300 + 300 + 200 = 1100 ≠ 1200人 (BREAKDOWN_MISMATCH)
 *   - project 5: lists three 小区 and says 4个 (COUNT_MISMATCH)
 *   - project 6: deadline 2025年5月 passed at the report date, status still 推进正常 (DEADLINE_OVERDUE)
 *   - project 7: text says 已全部完成, status says 推进正常 (STATUS_INCONSISTENT)
 *   - project 8: states 完成率80% for 600 of 1000户 (RATE_MISMATCH)
 */
const path = require('node:path');
const ExcelJS = require('exceljs');

const OUT = path.join(__dirname, '..', 'assets', 'examples', 'sample-ledger.xlsx');

const HEADERS_TOP = ['类别', '序号', '项目名称', '任务目标', '投资（单位：万元）', '', '', '', '进度计划', '1-6月份推进情况', '工作成效', '完成时限', '牵头单位'];
const HEADERS_SUB = ['', '', '', '', '计划总投资', '上级补助', '县财政', '社会资本', '', '', '', '', ''];

/** [category, seq, name, target, total, upper, county, social, plan, progress, status, deadline, lead] */
const PROJECTS = [
  ['一、教育惠民', '1', '改善农村学校办学条件', '为12所农村学校更新课桌椅2400套，改造学生宿舍6处。', 360, 200, 160, null,
    '一季度：完成采购招标。\n二季度：更新课桌椅1200套，改造宿舍3处。\n三季度：更新课桌椅1200套，改造宿舍3处。\n四季度：组织验收。',
    '已完成采购招标，更新课桌椅1300套，改造宿舍3处。', '推进正常', '2025年12月', '县教育局'],
  [null, '2', '建设城区幼儿园', '新建城区公办幼儿园1所，新增学位360个。', 210, 120, 80, 0,
    '一季度：完成设计。\n二季度：主体施工。\n三季度：主体完工。\n四季度：竣工验收。',
    '主体已完成地上二层施工。', '推进正常', '2025年12月', '县教育局'],
  ['二、医疗健康', '3', '提升村卫生室服务能力', '改造提升村卫生室40处，培训乡村医生200人。', 150, 100, '50', null,
    '一季度：确定改造名单。\n二季度：改造村卫生室20处，培训乡村医生100人。\n三季度：改造村卫生室20处，培训乡村医生100人。\n四季度：迎接验收。',
    '已改造村卫生室22处，培训乡村医生96人。', '推进正常', '2025年12月', '县卫健局'],
  [null, '4', '开展应急救护培训', '开展应急救护普及培训1200人次。', 24, null, 24, null,
    '一季度：完成培训300人次。\n二季度：完成培训300人次。\n三季度：完成培训300人次。\n四季度：完成培训200人次。',
    '累计完成培训650人次。', '推进正常', '2025年12月', '县红十字会'],
  ['三、宜居环境', '5', '改造老旧小区', '改造东关小区、西苑小区、北街小区4个老旧小区。', 900, 500, 400, null,
    '一季度：开工建设。\n二季度：主体完工。\n三季度：竣工验收。',
    '3个小区均已开工，东关小区主体完工。', '推进正常', '2025年9月', '县住建局'],
  [null, '6', '整治背街小巷', '整治背街小巷8条。', 180, null, 180, null,
    '3月：完成设计。\n4月：开工建设。\n5月：完工。',
    '已完成5条背街小巷整治，其余3条正在施工。', '推进正常', '2025年5月', '县住建局'],
  ['四、社会保障', '7', '建设社区助餐点', '新建社区老年助餐点6处。', 120, 60, 60, null,
    '一季度：完成选址。\n二季度：建成助餐点6处并投入运营。',
    '6处助餐点已全部完成建设并投入运营。', '推进正常', '2025年6月', '县民政局'],
  [null, '8', '实施适老化改造', '为1000户困难老年人家庭实施适老化改造。', 300, 200, 100, null,
    '二季度：完成改造500户。\n三季度：完成改造300户。\n四季度：完成改造200户。',
    '已完成改造600户，完成率80%。', '推进正常', '2025年12月', '县民政局'],
];

async function main() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '台账助手 Taizhang';
  const sheet = workbook.addWorksheet('推进情况', { views: [{ state: 'frozen', ySplit: 3 }] });
  const widths = [12, 6, 18, 30, 10, 10, 10, 10, 36, 36, 10, 12, 12];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));

  sheet.addRow(['示例县2025年民生实事项目推进情况表（1-6月份）']);
  sheet.mergeCells('A1:M1');
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.getRow(1).height = 28;

  sheet.addRow(HEADERS_TOP.map((h) => h || null));
  sheet.addRow(HEADERS_SUB.map((h) => h || null));
  for (const col of ['A', 'B', 'C', 'D', 'I', 'J', 'K', 'L', 'M']) sheet.mergeCells(`${col}2:${col}3`);
  sheet.mergeCells('E2:H2');

  const first = 5;
  const last = first + PROJECTS.length - 1;
  sheet.addRow(['合计（共8个项目）']);
  sheet.mergeCells('A4:D4');
  // E4 stops one row short of the items on purpose (FORMULA_RANGE_INCOMPLETE)
  const columnSum = (index, rows) => rows.reduce((acc, p) => acc + (typeof p[index] === 'number' ? p[index] : 0), 0);
  sheet.getCell('E4').value = { formula: `SUM(E${first}:E${last - 1})`, result: columnSum(4, PROJECTS.slice(0, -1)) };
  ['F', 'G', 'H'].forEach((col, i) => {
    sheet.getCell(`${col}4`).value = { formula: `SUM(${col}${first}:${col}${last})`, result: columnSum(5 + i, PROJECTS) };
  });

  for (const project of PROJECTS) sheet.addRow(project);
  const categories = [[5, 6], [7, 8], [9, 10], [11, 12]];
  for (const [from, to] of categories) sheet.mergeCells(`A${from}:A${to}`);

  const thin = { style: 'thin', color: { argb: 'FF000000' } };
  for (let r = 2; r <= last; r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= 13; c++) {
      const cell = row.getCell(c);
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: r <= 3 || c <= 2 ? 'center' : undefined };
      if (r <= 3) {
        cell.font = { bold: true };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
      }
      if (c >= 5 && c <= 8 && r >= 4) cell.numFmt = '0.00';
    }
    if (r >= first) row.height = 75;
  }
  sheet.getRow(4).font = { bold: true };
  await workbook.xlsx.writeFile(OUT);
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUT)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
