import { Lang } from "../core/i18n";

const STRINGS = {
  appTitle: { zh: "台账助手", en: "Taizhang" },
  detectActive: { zh: "识别当前工作表", en: "Read the active sheet" },
  detecting: { zh: "正在识别…", en: "Reading…" },
  openFile: {
    zh: "打开台账文件（.xlsx / .xls / .csv）",
    en: "Open a ledger (.xlsx / .xls / .csv)",
  },
  noTables: {
    zh: "没有找到可识别的表格：需要一行含「序号」「项目名称」「牵头单位」等列名的表头。",
    en: "No table found: a header row naming columns such as 序号, 项目名称, 牵头单位 is needed.",
  },
  table: { zh: "表格", en: "Table" },
  sheet: { zh: "工作表", en: "Sheet" },
  headerRows: { zh: "表头行", en: "Header rows" },
  dataRows: { zh: "数据行", en: "Data rows" },
  totalsRow: { zh: "合计行", en: "Totals row" },
  items: { zh: "事项数", en: "Items" },
  groups: { zh: "项目/任务数", en: "Projects/tasks" },
  columns: { zh: "各列含义", en: "Column roles" },
  role: { zh: "含义", en: "Role" },
  column: { zh: "列", en: "Column" },
  asOf: { zh: "报告日期", en: "Report date" },
  none: { zh: "无", en: "none" },
  readFailed: { zh: "读取失败", en: "Could not read" },
  officeMissing: { zh: "请在 Excel 中打开本加载项。", en: "Open this add-in inside Excel." },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** The interface language: Chinese unless the host or browser asks for English. */
export function preferredLang(locale: string | undefined): Lang {
  return locale && locale.toLowerCase().startsWith("en") ? "en" : "zh";
}
