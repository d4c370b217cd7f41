import { Lang, fillTemplate } from "../core/i18n";

/** Every user-facing text of the task pane and the web page, Chinese first; `{name}` are filled by `t`. */
const STRINGS = {
  appTitle: { zh: "台账助手", en: "Taizhang" },
  officeMissing: {
    zh: "请在 Excel 中打开本加载项：开始 › 加载项 › 台账助手。使用 WPS 或 Office 2016/2019 时，请改用离线网页版台账助手打开文件。",
    en: "Open this add-in inside Excel: Home › Add-ins › Taizhang. On WPS or Office 2016/2019, open the file with Taizhang's offline web page instead.",
  },

  // the steps and what they share
  stepDetect: { zh: "识别", en: "Detect" },
  stepCheck: { zh: "校验", en: "Check" },
  stepProgress: { zh: "进度", en: "Progress" },
  stepCompare: { zh: "对比上期", en: "Last period" },
  stepWrite: { zh: "写回", en: "Write back" },
  steps: { zh: "步骤", en: "Steps" },
  recheck: { zh: "重新校验", en: "Check again" },
  summary: {
    zh: "「{sheet}」· 报告日期 {asOf} · {items} 个事项",
    en: "“{sheet}” · report date {asOf} · {items} items",
  },
  busyCheck: { zh: "正在读取并校验工作表…", en: "Reading and checking the sheet…" },
  busyWrite: { zh: "正在写入进度列…", en: "Writing the progress columns…" },
  busyUndo: { zh: "正在撤销…", en: "Undoing…" },
  busyFixes: { zh: "正在应用修正…", en: "Applying the fixes…" },
  busyCompare: { zh: "正在读取上期台账并对比…", en: "Reading last period's ledger and comparing…" },
  busyNext: { zh: "正在生成下期台账…", en: "Making the next period's ledger…" },
  busySave: { zh: "正在保存更正并重新校验…", en: "Saving the corrections and checking again…" },

  // errors: what went wrong, then what to do next
  errorCheck: { zh: "未能读取和校验工作表", en: "Could not read and check the sheet" },
  errorWrite: { zh: "未能写入进度列", en: "Could not write the progress columns" },
  errorUndo: { zh: "未能撤销", en: "Could not undo" },
  errorFixes: { zh: "未能应用修正", en: "Could not apply the fixes" },
  errorSave: { zh: "未能保存更正", en: "Could not save the corrections" },
  errorCompare: { zh: "未能与上期台账对比", en: "Could not compare with last period" },
  errorNext: { zh: "未能生成下期台账", en: "Could not make the next period's ledger" },
  errorShowCell: { zh: "未能定位到单元格", en: "Could not go to the cell" },
  causeEditing: {
    zh: "Excel 正在编辑某个单元格。请按 Enter 或 Esc 结束编辑，再试一次。",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  causeApi: {
    zh: "这个版本的 Excel 不支持台账助手需要的功能。请使用 Microsoft 365 或网页版 Excel；使用 WPS 或 Office 2016/2019 时，请改用离线网页版台账助手打开文件。",
    en: "This version of Excel lacks what Taizhang needs. Use Microsoft 365 or Excel on the web; on WPS or Office 2016/2019, open the file with Taizhang's offline web page.",
  },
  causeMissing: {
    zh: "找不到要读写的工作表或单元格，可能已被重命名或删除。请点「重新校验」读取当前的工作表。",
    en: "The sheet or cell is gone (renamed or deleted?). Press “Check again” to read the sheet as it is now.",
  },
  causeTooLarge: {
    zh: "这次要读写的内容超出了 Excel 单次能处理的大小。请删除表格下方多余的空行或内容，再试一次。",
    en: "This is more than Excel can take in one go. Delete unused rows or content below the table, then try again.",
  },
  causeWrite: {
    zh: "出错原因：{detail}。已写入的部分可以点「撤销上次操作」恢复原样，然后点「重新校验」再写一次。",
    en: "The cause: {detail}. Whatever was written can be taken back with “Undo the last change”; then press “Check again” and write once more.",
  },
  causeOther: {
    zh: "出错原因：{detail}。请点「重新校验」再试一次；如仍出错，请保存并重新打开工作簿后再用台账助手。",
    en: "The cause: {detail}. Press “Check again” to retry; if it fails again, save and reopen the workbook, then open Taizhang again.",
  },

  // 识别
  sheet: { zh: "工作表", en: "Sheet" },
  noTables: {
    zh: "在「{sheet}」上没有找到可识别的表格：需要一行含「序号」「项目名称」「牵头单位」等列名的表头。请切换到台账所在的工作表后点「重新校验」，或在上面选择工作表。",
    en: "No table found on “{sheet}”: a header row naming columns such as 序号, 项目名称, 牵头单位 is needed. Switch to the ledger's sheet and press “Check again”, or choose the sheet above.",
  },
  reportDate: { zh: "报告日期", en: "Report date" },
  asOfTitle: { zh: "从 {from}推断", en: "Inferred from {from}" },
  asOfToday: {
    zh: "表中没有写明报告日期，暂按今天计算；如不对，请选择日期。",
    en: "The sheet does not say; today is used. Choose the date if it is wrong.",
  },
  asOfChosen: { zh: "由你选定", en: "Chosen by you" },
  asOfAuto: { zh: "改回表中的日期", en: "Use the sheet's date" },
  tableHeading: { zh: "表 {n}「{title}」", en: "Table {n} “{title}”" },
  headerRows: { zh: "表头", en: "Header" },
  dataRows: { zh: "数据", en: "Data" },
  totalsRow: { zh: "合计行", en: "Totals" },
  items: { zh: "事项", en: "Items" },
  groups: { zh: "项目/任务", en: "Projects/tasks" },
  rows: { zh: "第 {from}–{to} 行", en: "rows {from}–{to}" },
  row: { zh: "第 {row} 行", en: "row {row}" },
  none: { zh: "无", en: "none" },
  fundingColumns: { zh: "资金来源列", en: "Funding columns" },
  columns: { zh: "各列含义", en: "Column roles" },
  role: { zh: "含义", en: "Role" },
  column: { zh: "列", en: "Column" },
  noColumn: { zh: "（无此列）", en: "(no such column)" },
  chooseColumn: { zh: "选择列", en: "Choose a column" },
  corrected: { zh: "已更正", en: "corrected" },
  addRole: { zh: "添加一项含义…", en: "Add a role…" },
  saveCorrections: { zh: "保存更正", en: "Save corrections" },
  discardCorrections: { zh: "放弃修改", en: "Discard changes" },
  resetCorrections: { zh: "恢复自动识别", en: "Back to automatic detection" },
  correctionsHint: {
    zh: "列的含义识别错了，可在此更正。更正保存在工作簿中，下次打开（包括下个月）不必再改。",
    en: "If a column's role is wrong, correct it here. Corrections are kept in the workbook, so the next opening (next month too) needs none.",
  },
  correctionsSaved: {
    zh: "更正已保存在工作簿中，并已按更正重新校验。",
    en: "The corrections are saved in the workbook and the sheet was checked again with them.",
  },
  correctionsReset: {
    zh: "已恢复自动识别，并已重新校验。",
    en: "Back to automatic detection; the sheet was checked again.",
  },
  evidenceTitle: { zh: "识别依据", en: "Why each column" },
  evidenceHint: {
    zh: "自动识别出的各列含义、把握大小和依据（表头文字、单元格内容、参与的数据关系）。",
    en: "What detection found in each column, how sure it is, and why: the header's words, what the cells hold, the arithmetic the column takes part in.",
  },
  evidenceLabel: { zh: "{column}「{header}」：{roles}", en: "{column} “{header}”: {roles}" },
  evidenceLabelUnnamed: { zh: "{column}：{roles}", en: "{column}: {roles}" },
  fundingRole: { zh: "资金来源", en: "funding source" },
  confidence: { zh: "把握 {percent}%", en: "{percent}% sure" },
  signalHeader: { zh: "表头「{text}」", en: "header “{text}”" },
  signalRelation: { zh: "参与 {expression}", en: "in {expression}" },
  relationsTitle: { zh: "数据关系", en: "Arithmetic in the figures" },
  relationsHint: {
    zh: "在数字中找到的求和、比率和合计关系，校验时逐行核对。某条关系并非本表本意时，可关闭它；与更正一样保存在工作簿中。",
    en: "Sums, ratios and totals found in the figures; the check holds every row to them. Switch one off if the table does not mean it; this is kept in the workbook like a correction.",
  },
  relationOff: {
    zh: "{expression}：已关闭，不校验",
    en: "{expression}: switched off, not checked",
  },
  rowSumOf: { zh: "第 {row} 行 = 其余各行之和", en: "row {row} = the sum of the other rows" },

  // 校验
  leadFilter: { zh: "牵头单位", en: "Lead unit" },
  allLeads: { zh: "全部", en: "All" },
  severityError: { zh: "错误", en: "Errors" },
  severityWarning: { zh: "警告", en: "Warnings" },
  severityInfo: { zh: "提示", en: "Notes" },
  noFindings: { zh: "没有发现问题。", en: "No problems found." },
  noFindingsForLead: {
    zh: "「{lead}」牵头的事项没有发现问题。",
    en: "No problems in the items “{lead}” leads.",
  },
  findingsHint: {
    zh: "点击一条问题，可在工作表中选中它所在的单元格。",
    en: "Click a problem to select its cell in the sheet.",
  },
  goToCell: { zh: "定位到 {cell}：{message}", en: "Go to {cell}: {message}" },

  // 进度
  byStatus: { zh: "各进度状态的事项数", en: "Items by status" },
  judgedItems: { zh: "各事项的判断", en: "Each item's judgement" },
  rowColumn: { zh: "行", en: "Row" },
  itemColumn: { zh: "事项", en: "Item" },
  statusColumn: { zh: "进度状态", en: "Status" },
  basisColumn: { zh: "依据", en: "Basis" },
  noBasis: { zh: "既无目标也无进展，无法判断", en: "no target and no progress to judge by" },
  moreItems: {
    zh: "另有 {count} 个事项未列出（写回后见校验提示列）。",
    en: "{count} more items not listed (see the 校验提示 column after writing).",
  },
  byLead: { zh: "各牵头单位", en: "By lead unit" },
  itemsColumn: { zh: "事项", en: "Items" },
  behindColumn: { zh: "滞后", en: "Behind" },
  overdueColumn: { zh: "逾期未完成", en: "Overdue" },
  chartLoading: { zh: "正在加载图表…", en: "Loading the chart…" },
  noItems: {
    zh: "没有可统计进度的事项。请先在「识别」中确认表格和各列含义。",
    en: "No items to count. Check the table and its column roles under “Detect” first.",
  },

  // 对比上期
  compareHint: {
    zh: "选择上一期的台账文件（.xlsx、.xls 或 .csv），与本期逐项对比：进展是否照抄、是否倒退，目标、时限、总投资是否改动，事项的增减。文件只在本机读取。",
    en: "Choose last period's ledger (.xlsx, .xls or .csv) to compare item by item: progress copied or gone back, targets, deadlines and total investment changed, items added or removed. The file is read on this computer only.",
  },
  pickLastFile: { zh: "选择上期台账…", en: "Choose last period's ledger…" },
  pickOtherLastFile: { zh: "换一个上期台账…", en: "Choose another file…" },
  comparedWith: {
    zh: "上期台账「{file}」· 报告日期 {asOf}",
    en: "Last period: “{file}” · report date {asOf}",
  },
  compareCounts: {
    zh: "配对 {pairs} 项、新增 {added}、减少 {removed}、无法确定 {uncertain}",
    en: "{pairs} paired, {added} added, {removed} removed, {uncertain} unclear",
  },
  noChanges: { zh: "与上期相比没有需要注意的变化。", en: "Nothing to look at since last period." },
  compareFindingsHint: {
    zh: "点击一条变化，可在工作表中选中本期的单元格；「减少」的事项在上期文件中，显示上期的位置。",
    en: "Click a change to select this period's cell; removed items are in last period's file, at last period's place.",
  },
  lastPeriodCell: { zh: "上期 {cell}", en: "last {cell}" },
  uncertainTitle: { zh: "无法确定对应的事项", en: "Items without a clear match" },
  uncertainHint: {
    zh: "这些事项与另一期的几个事项都相近，没有配对，也不算新增或减少。请人工核对：",
    en: "These items are close to several of the other period's, so they are neither paired nor counted added or removed. Check them by hand:",
  },
  uncertainItem: {
    zh: "{period}第 {row} 行「{name}」可能是：{candidates}",
    en: "{period} row {row} “{name}” may be: {candidates}",
  },
  uncertainCandidate: {
    zh: "第 {row} 行「{name}」（相似度 {score}%）",
    en: "row {row} “{name}” ({score}% alike)",
  },
  thisPeriod: { zh: "本期", en: "This period" },
  lastPeriod: { zh: "上期", en: "Last period" },
  changesTitle: { zh: "各事项较上期", en: "Each item since last period" },
  changeLine: { zh: "第 {row} 行「{name}」：{change}", en: "row {row} “{name}”: {change}" },
  compareUnsupported: {
    zh: "「{file}」不是能打开的文件类型。上期台账请选择 .xlsx、.xls 或 .csv 文件；WPS 的 .et 文件请先另存为 .xlsx。",
    en: "“{file}” is not a type Taizhang opens. Choose last period's ledger as an .xlsx, .xls or .csv file; save a WPS .et file as .xlsx first.",
  },
  compareUnreadable: {
    zh: "无法读取上期台账「{file}」：{reason}。请确认它是 Excel 工作簿或 CSV 文件、没有设置打开密码；也可以先在 Excel 或 WPS 中另存为 .xlsx 后再选。",
    en: "Cannot read last period's ledger “{file}”: {reason}. Check that it is an Excel workbook or a CSV file without a password, or save it as .xlsx in Excel or WPS and choose it again.",
  },
  compareNoLedger: {
    zh: "在上期台账「{file}」中没有找到可识别的台账表格（需要含「序号」「项目名称」「牵头单位」等列名的表头）。请确认选的是上一期的台账文件。",
    en: "No ledger table found in “{file}” (a header row naming columns such as 序号, 项目名称, 牵头单位 is needed). Check that it is last period's ledger.",
  },

  // 写回
  planSentence: {
    zh: "将在「{sheet}」{letters} 列写入：{list}，{rows}。",
    en: "Writes into “{sheet}” columns {letters}: {list}, {rows}.",
  },
  planColumn: { zh: "{header}（{letter}）", en: "{header} ({letter})" },
  keptColumn: {
    zh: "{header}（表中已有「{sheetHeader}」，{letter} 列）",
    en: "{header} (the sheet has its own “{sheetHeader}”, column {letter})",
  },
  keptColumnDiffering: {
    zh: "{header}（表中已有「{sheetHeader}」，{letter} 列；与台账助手读出的不同的有 {count} 行：第 {rows} 行，见校验提示）",
    en: "{header} (the sheet has its own “{sheetHeader}”, column {letter}; it differs from what Taizhang reads on rows {rows}, see the notes column)",
  },
  keptSentence: {
    zh: "不另写：{list}。台账助手改为核对表中已有的这些列。",
    en: "Not written: {list}. Taizhang checks the sheet's own columns instead.",
  },
  planAllExisting: {
    zh: "这些列是台账助手上次写入的，将原位更新。",
    en: "These are the columns Taizhang wrote last time: they are updated in place.",
  },
  planSomeExisting: {
    zh: "其中 {letters} 列是台账助手上次写入的，将原位更新。",
    en: "Of these, {letters} are the columns Taizhang wrote last time: they are updated in place.",
  },
  changeColumnAdded: {
    zh: "已与上期台账「{file}」对比：写入时在校验提示之后另加一列「较上期」，写明各事项与上期相比的变化。",
    en: "Compared with last period's “{file}”: the write adds a column 较上期 after 校验提示, with what changed for each item since last period.",
  },
  planNotes: {
    zh: "有问题的单元格会加上以「台账助手」开头的批注；进度状态按已完成、滞后、逾期未完成着色。",
    en: "Cells with problems get a note starting with 台账助手; statuses are coloured for done, behind and overdue.",
  },
  noLedgerCopy: {
    zh: "未找到可识别的台账表格，未写入任何文件。请先在「识别」中确认表格和各列含义，或打开台账所在的文件。",
    en: "No ledger table found: nothing was written. Check the table and its column roles under “Detect”, or open the file the ledger is in.",
  },
  noPlan: {
    zh: "没有可写回的事项。请先在「识别」中确认表格和各列含义。",
    en: "Nothing to write. Check the table and its column roles under “Detect” first.",
  },
  write: { zh: "写入进度列", en: "Write the progress columns" },
  written: {
    zh: "已写入「{sheet}」{letters} 列。如需恢复原样，请点「撤销上次操作」。",
    en: "Written into “{sheet}” columns {letters}. To put things back, press “Undo the last change”.",
  },
  writtenFile: {
    zh: "已生成标注后的工作簿「{file}」，原文件没有改动。",
    en: "The annotated workbook “{file}” is ready; the original file is unchanged.",
  },
  writtenConverted: {
    zh: "已生成标注后的工作簿「{file}」。原文件不是 .xlsx，副本是新建的 .xlsx 工作簿（原文件的部分格式与对象无法带过去）；原文件没有改动。",
    en: "The annotated workbook “{file}” is ready. The original is not an .xlsx, so the copy is a new .xlsx workbook (some of its formatting and objects do not carry over); the original file is unchanged.",
  },
  noLedgerWritten: {
    zh: "未找到可识别的台账表格，未写入任何文件",
    en: "No ledger table found: nothing was written",
  },
  refused: {
    zh: "「{sheet}」的 {cells} 已有内容（不是台账助手写入的）。为免覆盖，这次没有写入任何内容。",
    en: "On “{sheet}”, {cells} hold content Taizhang did not write. To keep it, nothing was written.",
  },
  refusedNext: {
    zh: "可改为从 {column} 列起写入，或先移走这些内容再写。",
    en: "Write from column {column} instead, or move that content away first.",
  },
  moreCells: { zh: "{cells} 等 {count} 个单元格", en: "{cells} and {more} more cells" },
  useColumn: { zh: "改为从 {column} 列写入", en: "Write from column {column}" },
  startColumn: { zh: "写入起始列", en: "First column to write" },
  startColumnHint: {
    zh: "默认写在表格右侧（或更新上次写入的列）；也可指定从哪一列开始，如 V。",
    en: "By default the columns go right of the table (or update the ones written last time); or name the first column, e.g. V.",
  },
  startColumnInvalid: { zh: "请输入列字母，如 V。", en: "Type a column letter, e.g. V." },
  applyStartColumn: { zh: "使用此列", en: "Use this column" },
  autoStartColumn: { zh: "改回默认位置", en: "Back to the default place" },
  undo: { zh: "撤销上次操作", en: "Undo the last change" },
  undone: {
    zh: "已撤销台账助手的上一步操作，单元格已恢复原样。",
    en: "Taizhang's last change is undone; the cells are as they were.",
  },
  undoneSheet: {
    zh: "已撤销生成下期台账，工作表「{sheet}」已删除。",
    en: "Making the next period's ledger is undone; the sheet “{sheet}” is deleted.",
  },
  nothingToUndo: { zh: "没有可撤销的操作。", en: "There is nothing to undo." },
  fixesTitle: { zh: "可选修正：用公式替换手填的合计", en: "Optional: formulas for typed totals" },
  fixesHint: {
    zh: "合计行的数字是手填的，明细变了它不会跟着变。勾选后点「应用所选修正」，改为求和公式：",
    en: "These totals are typed, so they do not follow the rows. Tick them and apply to replace them with sums:",
  },
  fixLine: {
    zh: "{cell}（{label}）：手填 {typed} → {formula}（按现有明细为 {computed}）",
    en: "{cell} ({label}): typed {typed} → {formula} ({computed} from the rows as they are)",
  },
  fixDiffers: { zh: "与手填不同", en: "differs from the typed total" },
  applyFixes: { zh: "应用所选修正", en: "Apply the selected fixes" },
  fixesApplied: {
    zh: "已把 {count} 个手填合计改为公式。如需恢复，请点「撤销上次操作」。",
    en: "{count} typed totals are now formulas. To put them back, press “Undo the last change”.",
  },
  nextPeriod: { zh: "生成下期台账", en: "Make the next period's ledger" },
  nextPeriodHint: {
    zh: "复制本期台账供下一期填报：标题和表头的期数顺延，下期计划移入本期计划，推进情况等待填的单元格清空（原内容留在批注中）。原文件不会改动。",
    en: "A copy of this ledger for the next period: the period in the title and headers moved on, next-period plans moved into the current-plan column, progress cells emptied for the departments (their text kept in notes). The file itself is unchanged.",
  },
  nextPeriodHintSheet: {
    zh: "在本工作簿中紧接本表新建一张工作表作为下期台账：标题和表头的期数顺延，下期计划移入本期计划，推进情况等待填的单元格清空（原内容留在批注中），台账助手写入的列不带过去。本工作表不会改动；新表可用「撤销上次操作」删除。",
    en: "Adds a worksheet right after this one as the next period's ledger: the period in the title and headers moved on, next-period plans moved into the current-plan column, progress cells emptied for the departments (their text kept in notes), Taizhang's own columns left out. This sheet is unchanged; “Undo the last change” deletes the new one.",
  },
  nextAdded: {
    zh: "已在本工作簿中新建工作表「{sheet}」作为下期台账；原工作表没有改动。如需删除新表，请点「撤销上次操作」。",
    en: "The next period's ledger is the new worksheet “{sheet}” in this workbook; the original sheet is unchanged. To delete the new sheet, press “Undo the last change”.",
  },
  nextAddedWithoutNotes: {
    zh: "已在本工作簿中新建工作表「{sheet}」作为下期台账；原工作表没有改动。这个版本的 Excel 不支持批注，清空的单元格没有留下上期内容（可在原工作表中查看）。如需删除新表，请点「撤销上次操作」。",
    en: "The next period's ledger is the new worksheet “{sheet}” in this workbook; the original sheet is unchanged. This version of Excel has no notes, so the emptied cells keep no trace of last period's text (the original sheet still has it). To delete the new sheet, press “Undo the last change”.",
  },
  nextWritten: {
    zh: "已生成下期台账「{file}」并开始下载；原文件没有改动。",
    en: "The next period's ledger “{file}” is ready and downloading; the file itself is unchanged.",
  },
  nextWrittenConverted: {
    zh: "已生成下期台账「{file}」并开始下载。原文件不是 .xlsx，副本是新建的 .xlsx 工作簿（部分格式无法带过去）；原文件没有改动。",
    en: "The next period's ledger “{file}” is ready and downloading. The original is not an .xlsx, so the copy is a new .xlsx workbook (some formatting does not carry over); the file itself is unchanged.",
  },
  noFixes: { zh: "合计行没有需要改为公式的手填数字。", en: "No typed totals to replace." },
} as const;

export type StringKey = keyof typeof STRINGS;

/** A text in the interface language, its `{placeholders}` filled from `values`. */
export function t(
  lang: Lang,
  key: StringKey,
  values: Record<string, string | number> = {}
): string {
  return fillTemplate(STRINGS[key][lang], values);
}

/** The interface language: Chinese unless the host or browser asks for English. */
export function preferredLang(locale: string | undefined): Lang {
  return locale && locale.toLowerCase().startsWith("en") ? "en" : "zh";
}
