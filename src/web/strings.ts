import { Bilingual, Lang, fillTemplate } from "../core/i18n";

/** The web page's own words (opening files, the preview, the download); the steps have theirs in ui/strings. */
const STRINGS = {
  pageTitle: { zh: "台账助手 · 网页版", en: "Taizhang · web page" },
  openFile: { zh: "打开文件…", en: "Open a file…" },
  openExample: { zh: "打开示例", en: "Open the example" },
  welcome: {
    zh: "把台账文件（.xlsx、.xls 或 .csv）拖到这里，或点击「打开文件」。想先看看效果，可以点「打开示例」。",
    en: "Drop a ledger (.xlsx, .xls or .csv) here, or choose “Open a file”. To see how it works first, choose “Open the example”.",
  },
  privacy: {
    zh: "文件只在这台电脑的浏览器里处理，不会上传到任何地方；断网也能用。原文件不会被修改。",
    en: "The file is processed in this computer's browser only and uploaded nowhere; it works offline. The original file is never changed.",
  },
  dropNow: { zh: "松开鼠标，打开这个文件", en: "Release to open the file" },
  openFailed: { zh: "未能打开文件", en: "Could not open the file" },
  dismiss: { zh: "关闭", en: "Dismiss" },
  opening: { zh: "正在读取「{file}」…", en: "Reading “{file}”…" },
  openedFile: { zh: "当前文件：{file}", en: "File: {file}" },
  download: { zh: "下载标注后的工作簿", en: "Download the annotated workbook" },
  unsupported: {
    zh: "「{file}」不是能打开的文件类型。请选择 .xlsx、.xls 或 .csv 文件；WPS 的 .et 文件请先在 WPS 中另存为 .xlsx。",
    en: "“{file}” is not a type Taizhang opens. Choose an .xlsx, .xls or .csv file; save a WPS .et file as .xlsx first.",
  },
  unreadable: {
    zh: "无法读取「{file}」（{reason}）。请确认它是 Excel 工作簿或 CSV 文件、没有设置打开密码；也可以先在 Excel 或 WPS 中打开，另存为 .xlsx 后再试。",
    en: "Cannot read “{file}” ({reason}). Check that it is an Excel workbook or a CSV file without a password, or open it in Excel or WPS, save it as .xlsx and try again.",
  },
  limit: {
    zh: "「{file}」超出了台账助手能处理的范围：{reason}。请删除多余的工作表、行或内容，另存后再打开。",
    en: "“{file}” is more than Taizhang can handle: {reason}. Delete unneeded sheets, rows or content, save and open it again.",
  },
  timedOut: {
    zh: "读取和校验超过 {seconds} 秒，已停止",
    en: "reading and checking took over {seconds} s and was stopped",
  },
  failed: {
    zh: "处理「{file}」时出错（{reason}）。请重新打开文件再试；如果仍然出错，请把文件和这段提示发给技术支持。",
    en: "Something went wrong with “{file}” ({reason}). Open the file again; if it happens again, send the file and this message to support.",
  },
  exampleFailed: {
    zh: "示例文件没能加载（{reason}）。请刷新页面后再点「打开示例」。",
    en: "The example could not be loaded ({reason}). Reload the page and choose “Open the example” again.",
  },
  preview: { zh: "工作表预览", en: "Sheet preview" },
  previewHint: {
    zh: "标色的单元格有校验提示，鼠标停在上面可看内容；这里只能查看，改表请在 Excel 或 WPS 中进行，保存后重新打开文件。",
    en: "Coloured cells carry findings (hover to read them). The preview is read-only: edit in Excel or WPS, save, and open the file again.",
  },
  error: { zh: "错误", en: "Errors" },
  warning: { zh: "警告", en: "Warnings" },
  info: { zh: "提示", en: "Notes" },
  sheetRows: { zh: "{rows} 行 × {cols} 列", en: "{rows} rows × {cols} columns" },
} as const;

export type WebStringKey = keyof typeof STRINGS;

export function w(
  lang: Lang,
  key: WebStringKey,
  values: Record<string, string | number> = {}
): string {
  return fillTemplate(STRINGS[key][lang], values);
}

/** A text in both languages, for errors the shared screens show in the user's language. */
export function both(key: WebStringKey, values: Record<string, string | number> = {}): Bilingual {
  return { zh: w("zh", key, values), en: w("en", key, values) };
}
