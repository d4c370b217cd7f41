import { Bilingual, Lang, fillTemplate } from "../core/i18n";

const MESSAGES = {
  usage: {
    zh: `台账助手 taizhang —— 民生实事台账校验

用法：
  taizhang check 文件… [--as-of 日期] [--format text|json] [--lang zh|en] [--rules 规则]
      校验合计、分解、计数、比率、公式与重复项，按工作表和严重程度列出问题及单元格。
      退出码：0 无错误，1 发现错误，2 文件无法读取或参数有误。
  taizhang fill 文件 [--compare 上期文件] [--as-of 日期] [-o 输出文件] [--columns 列]
      校验后把完成率、序时进度、进度状态、本期计划、下期计划、校验提示写入表格右侧，
      另存为「文件名.台账助手.xlsx」（从不改动原文件）；再次运行时更新这些列。
      给出 --compare 时与上期台账对比，再加一列较上期（完成率 +12.5 个百分点、推进情况与上期相同、新增事项）。
  taizhang next 文件 [--period 2025-04|2025-Q2|2025-H2] [-o 输出文件]
      为下一期准备台账副本：标题和表头的报告期移到下一期（3月份推进情况 → 4月份推进情况，
      一季度 → 二季度），下期计划移入本期计划列，清空推进情况（原文留在批注中），
      去掉台账助手写的列；另存为「文件名.2025-04.xlsx」（从不改动原文件）。
  taizhang inspect 文件… [--format text|json] [--lang zh|en] [--as-of 日期]
      识别工作表中的表格：表头、数据行、合计行、各列含义、事项数和报告日期。
  taizhang compare 上期文件 本期文件 [--format text|json] [--lang zh|en] [--as-of 日期]
      校验本期台账，并与上期对比：推进情况照搬上期、完成率或累计量倒退、目标、完成时限或总投资
      被改动、事项新增或减少。退出码同 check。

选项：
  --format text|json   输出格式（默认 text）
  --lang zh|en         语言（默认 zh）
  --as-of YYYY-MM-DD   报告日期（默认从标题推断，否则为今天）
  -o, --output 文件    fill、next 的输出文件（默认「文件名.台账助手.xlsx」「文件名.2025-04.xlsx」）
  --period 期间        next 的目标报告期：2025-04（月）、2025-Q2（季度）、2025-H2（半年）
  --columns 列         fill 从哪一列开始写（如 P），默认写在表格右侧
  --compare 上期文件   fill 与上期台账对比，写入较上期列
  --rules 规则         只运行列出的规则（SUM_MISMATCH,COUNT_MISMATCH），
                       或关闭、调整某条规则（NUMBER_AS_TEXT=off,TOTAL_NOT_FORMULA=warning）
  -h, --help           显示本帮助

限制（超出时给出原因，退出码 2）：
  --max-file-mb 数值       文件大小上限，默认 50（MB）
  --max-unzipped-mb 数值   .xlsx 解压后的总大小上限，默认 256（MB），边解压边计数
  --max-parts 数值         .xlsx 内部件数上限，默认 10000
  --max-cells 数值         每个工作表的单元格数上限，默认 1000000
  --timeout 秒             读取和校验一个文件的时间上限，默认 180
  --max-memory-mb 数值     读取文件的内存上限，默认 1024（MB）
`,
    en: `Taizhang — checks 民生实事 ledgers

Usage:
  taizhang check FILE... [--as-of DATE] [--format text|json] [--lang zh|en] [--rules RULES]
      Checks totals, breakdowns, counts, rates, formulas and duplicates; lists each problem by sheet
      and severity with its cell. Exit code: 0 no errors, 1 errors found, 2 unreadable input or bad call.
  taizhang fill FILE [--compare LAST] [--as-of DATE] [-o OUT] [--columns COLUMN]
      Checks, then writes 完成率, 序时进度, 进度状态, 本期计划, 下期计划 and 校验提示 beside the table into
      a copy named FILE.台账助手.xlsx (the input is never changed); running it again updates them.
      With --compare, compares with last period's ledger and adds 较上期: what changed for each item
      (completion +12.5 points, progress as last period, new item).
  taizhang next FILE [--period 2025-04|2025-Q2|2025-H2] [-o OUT]
      Makes the ledger ready for the next period: the title's and headers' period moved on
      (3月份推进情况 → 4月份推进情况, 一季度 → 二季度), the next-period plan moved into the current-plan
      column, the progress cells emptied (their text kept in notes), Taizhang's columns removed;
      written to FILE.2025-04.xlsx (the input is never changed).
  taizhang inspect FILE... [--format text|json] [--lang zh|en] [--as-of DATE]
      Finds the tables in each sheet: header, data rows, totals row, column roles, item count, report date.
  taizhang compare LAST THIS [--format text|json] [--lang zh|en] [--as-of DATE]
      Checks this period's ledger and compares it with last period's: progress copied unchanged, completion
      or a running total gone backwards, a target, deadline or investment changed, items added or dropped.
      Exit codes as check.

Options:
  --format text|json   output format (default text)
  --lang zh|en         language (default zh)
  --as-of YYYY-MM-DD   report date (default: inferred from the title, else today)
  -o, --output FILE    where fill and next write (default FILE.台账助手.xlsx, FILE.<period>.xlsx)
  --period PERIOD      the period next makes the copy for: 2025-04 (month), 2025-Q2 (quarter), 2025-H2 (half)
  --columns COLUMN     the column fill starts writing at (e.g. P); default: right of the table
  --compare LAST       last period's ledger, which fill compares with for the 较上期 column
  --rules RULES        run only the rules listed (SUM_MISMATCH,COUNT_MISMATCH), or switch one off or
                       change its severity (NUMBER_AS_TEXT=off,TOTAL_NOT_FORMULA=warning)
  -h, --help           show this help

Limits (past one, the reason is given and the exit code is 2):
  --max-file-mb N          file size, default 50 (MB)
  --max-unzipped-mb N      what an .xlsx inflates to, all parts together, default 256 (MB), counted while unzipping
  --max-parts N            parts in an .xlsx, default 10000
  --max-cells N            cells per sheet, default 1000000
  --timeout SECONDS        reading and checking one file, default 180
  --max-memory-mb N        memory for reading a file, default 1024 (MB)
`,
  },
  unknownCommand: {
    zh: "未知命令「{command}」。可用命令：{commands}。",
    en: 'Unknown command "{command}". Commands: {commands}.',
  },
  noFiles: { zh: "请给出要处理的文件。", en: "Give the files to process." },
  badOption: { zh: "参数有误：{detail}", en: "Bad argument: {detail}" },
  badFormat: { zh: "--format 只能是 text 或 json。", en: "--format must be text or json." },
  badLang: { zh: "--lang 只能是 zh 或 en。", en: "--lang must be zh or en." },
  badDate: {
    zh: "--as-of 应为 YYYY-MM-DD 格式的日期，收到「{value}」。",
    en: '--as-of must be a date as YYYY-MM-DD, got "{value}".',
  },
  cannotRead: { zh: "无法读取「{file}」：{reason}", en: 'Cannot read "{file}": {reason}' },
  fileMissing: { zh: "文件不存在", en: "no such file" },
  badLimit: {
    zh: "--{option} 应为正数，收到「{value}」。",
    en: '--{option} takes a positive number, got "{value}".',
  },
  limitHint: { zh: "（可用 --{option} 调整）", en: " (change it with --{option})" },
  crashed: {
    zh: "处理时出错（{detail}）",
    en: "processing failed ({detail})",
  },
  notAFile: { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" },
  unsupportedType: {
    zh: "不支持的文件类型（支持 .xlsx、.xls、.csv）",
    en: "unsupported file type (.xlsx, .xls and .csv are supported)",
  },
  file: { zh: "文件", en: "File" },
  asOf: { zh: "报告日期", en: "Report date" },
  asOfFlag: { zh: "由 --as-of 指定", en: "given by --as-of" },
  asOfTitle: { zh: "从{from}推断", en: "inferred from {from}" },
  asOfToday: { zh: "未能从表中推断，取今天", en: "not stated in the sheet; today" },
  planYear: { zh: "计划年度", en: "Plan year" },
  noTables: {
    zh: "未找到可识别的表格（需要一行含「序号」「项目名称」「牵头单位」等列名的表头）。",
    en: "No table found (a header row naming columns such as 序号, 项目名称, 牵头单位 is needed).",
  },
  tableHeading: {
    zh: "表 {n}「{title}」 工作表「{sheet}」 {kind}",
    en: 'Table {n} "{title}" sheet "{sheet}" {kind}',
  },
  untitled: { zh: "无标题", en: "untitled" },
  rowsLine: {
    zh: "表头 第 {header} 行；数据 第 {data} 行；合计行 {totals}",
    en: "header rows {header}; data rows {data}; totals row {totals}",
  },
  none: { zh: "无", en: "none" },
  itemsLine: {
    zh: "事项 {items} 个，分属 {groups} 个项目/任务",
    en: "{items} items in {groups} projects/tasks",
  },
  columnsLine: { zh: "列：{columns}", en: "Columns: {columns}" },
  fundingLine: {
    zh: "资金来源列：{columns}（单位：{unit}）",
    en: "Funding columns: {columns} (unit: {unit})",
  },
  extraRowsLine: { zh: "另有：{parts}", en: "Also: {parts}" },
  evidenceLine: { zh: "识别依据：{columns}", en: "Evidence: {columns}" },
  evidenceColumn: {
    zh: "{roles} {column}（{basis}）",
    en: "{roles} {column} ({basis})",
  },
  fundingRole: { zh: "资金来源", en: "funding source" },
  byContent: { zh: "据内容：{signals}", en: "by content: {signals}" },
  byRelation: { zh: "据关系：{expressions}", en: "by arithmetic: {expressions}" },
  confidence: { zh: "把握 {percent}%", en: "{percent}% sure" },
  relationLine: { zh: "关系：{relation}", en: "Relation: {relation}" },
  indicatorLine: {
    zh: "指标：{label}（目标 {target}，完成 {actual}）",
    en: "Indicator: {label} (target {target}, done {actual})",
  },
  indicatorRateLine: {
    zh: "指标：{label}（目标 {target}，完成 {actual}，完成率 {rate}）",
    en: "Indicator: {label} (target {target}, done {actual}, rate {rate})",
  },
  repeatedHeaders: { zh: "重复表头 第 {rows} 行", en: "repeated header rows {rows}" },
  blankRows: { zh: "空行 第 {rows} 行", en: "blank rows {rows}" },
  continuationRows: { zh: "跨页续行 第 {rows} 行", en: "continuation rows {rows}" },
  subtotalRows: { zh: "小计 第 {rows} 行", en: "subtotal rows {rows}" },
  categoryRows: { zh: "分类标题 第 {rows} 行", en: "category rows {rows}" },
  noteRows: { zh: "表下注释 第 {rows} 行", en: "notes below, rows {rows}" },
  badRule: {
    zh: "未知规则「{rule}」。可用规则：{codes}",
    en: 'Unknown rule "{rule}". Rules: {codes}',
  },
  badRuleSetting: {
    zh: "规则「{rule}」的设置「{setting}」无效：只能是 off、error、warning 或 info。",
    en: 'Rule "{rule}": setting "{setting}" must be off, error, warning or info.',
  },
  checkHeading: { zh: "台账助手校验报告：{file}", en: "Taizhang check report: {file}" },
  sheetHeading: { zh: "工作表「{sheet}」", en: 'Sheet "{sheet}"' },
  severityHeading: { zh: "{severity}（{count}）", en: "{severity} ({count})" },
  error: { zh: "错误", en: "Errors" },
  warning: { zh: "警告", en: "Warnings" },
  info: { zh: "提示", en: "Notes" },
  noFindings: { zh: "未发现问题。", en: "No problems found." },
  statusLine: {
    zh: "进度状态（报告日期 {asOf}）：{counts}",
    en: "Progress at {asOf}: {counts}",
  },
  leadUnit: { zh: "牵头单位", en: "Lead unit" },
  leadItems: { zh: "事项", en: "items" },
  leadBehind: { zh: "滞后", en: "behind" },
  leadOverdue: { zh: "逾期", en: "overdue" },
  badColumn: {
    zh: "--columns 应为列字母（如 P），收到「{value}」。",
    en: '--columns takes a column letter (such as P), got "{value}".',
  },
  cannotWrite: {
    zh: "无法写入「{file}」：{reason}（原文件未改动）",
    en: 'Cannot write "{file}": {reason} (the original is unchanged)',
  },
  folderMissing: { zh: "文件夹不存在", en: "no such folder" },
  fillNoLedger: {
    zh: "未找到可识别的台账表格，未写入任何文件",
    en: "No ledger table found: nothing was written",
  },
  fillConverted: {
    zh: "输入文件「{file}」不是 .xlsx，副本另存为新的 .xlsx 工作簿（原文件的格式与对象无法全部带过去）。",
    en: 'The input "{file}" is not an .xlsx: the copy is a new .xlsx workbook (not all of the original\'s formatting and objects carry over).',
  },
  fillOneFile: { zh: "fill 一次处理一个文件。", en: "fill takes one file at a time." },
  fillSamePath: {
    zh: "输出文件不能是输入文件本身：台账助手从不覆盖原文件。",
    en: "The output cannot be the input itself: Taizhang never overwrites the original.",
  },
  foreignContent: {
    zh: "未写入：要写的列里已有不是台账助手写的内容（{cells}）。请用 --columns 选择空白列（如 --columns {column}）。",
    en: "Nothing written: the columns to write hold content Taizhang did not write ({cells}). Choose empty columns with --columns (e.g. --columns {column}).",
  },
  fillWritten: {
    zh: "已写入：{path}\n新增列：{columns}；事项 {items} 个，错误 {errors} 个，警告 {warnings} 个。",
    en: "Written: {path}\nColumns: {columns}; {items} items, {errors} errors, {warnings} warnings.",
  },
  fillUpdated: {
    zh: "已写入：{path}\n更新了原有的列：{columns}；事项 {items} 个，错误 {errors} 个，警告 {warnings} 个。",
    en: "Written: {path}\nUpdated the existing columns: {columns}; {items} items, {errors} errors, {warnings} warnings.",
  },
  fillCompared: {
    zh: "较上期：与「{file}」对比，{changed} 个事项有变化。",
    en: 'Compared with "{file}": {changed} items changed (较上期).',
  },
  badPeriod: {
    zh: "--period 应为 2025-04、2025-Q2 或 2025-H2 这样的报告期，收到「{value}」。",
    en: '--period takes a period such as 2025-04, 2025-Q2 or 2025-H2, got "{value}".',
  },
  nextOneFile: { zh: "next 一次处理一个文件。", en: "next takes one file at a time." },
  nextWritten: {
    zh: "已写入：{path}\n报告期：{from} → {to}",
    en: "Written: {path}\nPeriod: {from} → {to}",
  },
  nextNoPeriod: {
    zh: "标题和表头没有写明报告期：照原样保留。",
    en: "The title and headers name no period: they are kept as they are.",
  },
  nextMoved: { zh: "移到下一期：{cells}", en: "Moved on: {cells}" },
  nextCleared: {
    zh: "清空推进情况 {emptied} 处，连同各部门填写的状态和下期计划共 {cells} 处（原文留在各单元格的批注中；已完成的事项保留）。",
    en: "{emptied} progress cells emptied, {cells} with the status and next-period plan cells the departments fill (their text kept in each cell's note; finished items keep theirs).",
  },
  nextCarried: {
    zh: "下期计划移入本期计划列 {carried} 处。",
    en: "{carried} next-period plans moved into the current-plan column.",
  },
  nextNoProgress: {
    zh: "{tables} 个表没有推进情况列（项目表或任务分解表）：没有要清空的单元格，其余照原样保留。",
    en: "{tables} tables have no progress column (project lists or decomposition tables): nothing to empty, everything else kept.",
  },
  nextRemoved: { zh: "去掉台账助手的列：{columns}", en: "Taizhang's columns removed: {columns}" },
  checkSummary: {
    zh: "共 {errors} 个错误、{warnings} 个警告、{infos} 个提示；事项 {items} 个。",
    en: "{errors} errors, {warnings} warnings, {infos} notes; {items} items.",
  },
  totalItems: { zh: "合计 {items} 个事项", en: "{items} items in all" },
  compareTwoFiles: {
    zh: "compare 需要两个文件：上期台账和本期台账。",
    en: "compare takes two files: last period's ledger and this period's.",
  },
  compareHeading: {
    zh: "对比上期：{lastFile}（报告日期 {lastAsOf}）",
    en: "Against last period: {lastFile} (report date {lastAsOf})",
  },
  compareMatching: {
    zh: "事项对应 {pairs} 对；新增 {added} 个，减少 {removed} 个，对应不确定 {uncertain} 个。",
    en: "{pairs} items matched; {added} added, {removed} removed, {uncertain} uncertain.",
  },
  compareLastSheet: { zh: "上期工作表「{sheet}」", en: 'Last period\'s sheet "{sheet}"' },
  compareUncertainHeading: {
    zh: "对应不确定（未配对，请核对）：",
    en: "Uncertain matches (not paired; please check):",
  },
  compareUncertainLine: {
    zh: "{period}第 {row} 行「{name}」 ↔ {candidates}",
    en: '{period} row {row} "{name}" ↔ {candidates}',
  },
  compareCandidate: {
    zh: "第 {row} 行「{name}」（相似度 {score}%）",
    en: 'row {row} "{name}" ({score}% alike)',
  },
  thisPeriod: { zh: "本期", en: "This period" },
  lastPeriod: { zh: "上期", en: "Last period" },
  noChanges: {
    zh: "与上期相比：推进情况没有照搬或倒退，目标、时限、投资和事项没有变动。",
    en: "Against last period: no progress copied or gone backwards, no target, deadline, investment or item changed.",
  },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof MESSAGES;

export function msg(
  lang: Lang,
  key: MessageKey,
  values: Record<string, string | number> = {}
): string {
  return fillTemplate(MESSAGES[key][lang], values);
}
