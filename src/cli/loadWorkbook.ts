import { statSync } from "node:fs";
import { basename } from "node:path";
import { Lang } from "../core/i18n";
import { Workbook } from "../core/grid";
import { fileKindOf } from "../hosts/file/readWorkbook";
import { readWorkbookFile } from "../hosts/file/node";
import { UsageError } from "./io";
import { msg } from "./messages";

/** Reads a workbook for a command, turning every failure into a one-line message naming the file. */
export function loadWorkbook(path: string, lang: Lang): Workbook {
  const name = basename(path);
  const fail = (reason: string): never => {
    throw new UsageError(msg(lang, "cannotRead", { file: name, reason }));
  };
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return fail(msg(lang, "fileMissing"));
  }
  if (stats.isDirectory()) fail(msg(lang, "notAFile"));
  if (fileKindOf(name) === null) fail(msg(lang, "unsupportedType"));
  try {
    return readWorkbookFile(path);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}
