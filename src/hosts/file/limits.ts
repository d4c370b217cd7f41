import { Bilingual, Lang } from "../../core/i18n";

/**
 * How much a file may ask of the machine before Taizhang refuses it. A ledger is a few hundred rows;
 * the defaults leave room for the largest real ones and stop files built to exhaust memory or time.
 */
export interface ReadLimits {
  /** The file's own size. */
  maxFileBytes: number;
  /** The bytes an .xlsx inflates to, all parts together, counted while inflating. */
  maxInflatedBytes: number;
  /** Parts (entries) in an .xlsx. */
  maxEntries: number;
  /** Rows × columns of a sheet's used range. */
  maxCellsPerSheet: number;
  /** Reading and checking one file, in milliseconds (enforced by the worker that runs it). */
  timeoutMs: number;
  /** Memory of the worker that reads a file, in MB (the CLI's worker; a browser sets its own). */
  maxMemoryMb: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = {
  maxFileBytes: 50 * MB,
  maxInflatedBytes: 256 * MB,
  maxEntries: 10_000,
  maxCellsPerSheet: 1_000_000,
  timeoutMs: 180_000,
  maxMemoryMb: 1024,
};

/** Why a file could not be read, in terms both front doors put into words. */
export type ReadFailureReason =
  | { kind: "empty" }
  | { kind: "fileTooLarge"; bytes: number; limit: number }
  | { kind: "inflatedTooLarge"; limit: number }
  | { kind: "tooManyEntries"; limit: number }
  | { kind: "tooManyCells"; sheet: string; cells: number; limit: number }
  | { kind: "encrypted" }
  | { kind: "notWorkbook"; looksLike: "word" | "powerpoint" | "zip" | "unknown" }
  | { kind: "damaged"; detail: string }
  | { kind: "timeout"; limitMs: number }
  | { kind: "outOfMemory"; limitMb: number };

/** The limit a reason is about, so a front door can say how to change it. */
export const LIMIT_OF: Partial<Record<ReadFailureReason["kind"], keyof ReadLimits>> = {
  fileTooLarge: "maxFileBytes",
  inflatedTooLarge: "maxInflatedBytes",
  tooManyEntries: "maxEntries",
  tooManyCells: "maxCellsPerSheet",
  timeout: "timeoutMs",
  outOfMemory: "maxMemoryMb",
};

/** A file Taizhang will not or cannot read, with the reason in both languages. */
export class ReadFailure extends Error {
  constructor(readonly reason: ReadFailureReason) {
    super(describeReadFailure(reason).en);
    this.name = "ReadFailure";
  }
}

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return mb >= 10 ? String(Math.round(mb)) : mb.toFixed(1).replace(/\.0$/, "");
}

function count(n: number, lang: Lang): string {
  return n.toLocaleString(lang === "zh" ? "zh-CN" : "en-US");
}

const LOOKS_LIKE: Record<"word" | "powerpoint" | "zip" | "unknown", Bilingual> = {
  word: { zh: "这是 Word 文档（.docx）改了扩展名", en: "it is a Word document (.docx) renamed" },
  powerpoint: {
    zh: "这是 PowerPoint 演示文稿改了扩展名",
    en: "it is a PowerPoint presentation renamed",
  },
  zip: { zh: "这是压缩包，不是 Excel 工作簿", en: "it is a zip archive, not an Excel workbook" },
  unknown: {
    zh: "文件内容不是 Excel 工作簿",
    en: "the content is not an Excel workbook",
  },
};

/** The reason as one short phrase per language (the front door puts the file name around it). */
export function describeReadFailure(reason: ReadFailureReason): Bilingual {
  const both = (zh: string, en: string): Bilingual => ({ zh, en });
  switch (reason.kind) {
    case "empty":
      return both("文件是空的（0 字节）", "the file is empty (0 bytes)");
    case "fileTooLarge":
      return both(
        `文件有 ${megabytes(reason.bytes)} MB，超过 ${megabytes(reason.limit)} MB 的上限`,
        `the file is ${megabytes(reason.bytes)} MB, over the ${megabytes(reason.limit)} MB limit`
      );
    case "inflatedTooLarge":
      return both(
        `解压后超过 ${megabytes(reason.limit)} MB 的上限（可能是压缩炸弹），已停止解压`,
        `it inflates past the ${megabytes(reason.limit)} MB limit (a zip bomb?); unzipping stopped`
      );
    case "tooManyEntries":
      return both(
        `压缩包内的部件超过 ${count(reason.limit, "zh")} 个的上限`,
        `it holds more than ${count(reason.limit, "en")} parts`
      );
    case "tooManyCells":
      return both(
        `工作表「${reason.sheet}」有 ${count(reason.cells, "zh")} 个单元格，超过 ${count(reason.limit, "zh")} 个的上限`,
        `sheet "${reason.sheet}" has ${count(reason.cells, "en")} cells, over the ${count(reason.limit, "en")} limit`
      );
    case "encrypted":
      return both(
        "文件设置了打开密码。请在 Excel 或 WPS 中取消密码（文件 › 信息 › 保护工作簿）后另存再试",
        "the file is password-protected. Remove the password in Excel or WPS (File › Info › Protect Workbook), save and try again"
      );
    case "notWorkbook": {
      const what = LOOKS_LIKE[reason.looksLike];
      return both(`${what.zh}，无法作为表格读取`, `${what.en}; it cannot be read as a spreadsheet`);
    }
    case "damaged":
      return both(
        `文件已损坏或不完整（可能没有下载完）：${reason.detail}`,
        `the file is damaged or incomplete (a download cut short?): ${reason.detail}`
      );
    case "timeout":
      return both(
        `读取和校验超过 ${reason.limitMs / 1000} 秒的上限，已停止`,
        `reading and checking took over the ${reason.limitMs / 1000} s limit and was stopped`
      );
    case "outOfMemory":
      return both(
        `读取时内存超过 ${reason.limitMb} MB 的上限，已停止`,
        `reading it took more than the ${reason.limitMb} MB memory limit and was stopped`
      );
  }
}
