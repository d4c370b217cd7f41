import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { Lang } from "../core/i18n";
import { Workbook } from "../core/grid";
import { fileKindOf, readWorkbookBytes } from "../hosts/file/readWorkbook";
import { UsageError } from "./io";
import { msg } from "./messages";

/** A file a command was given, read whole. */
export interface InputFile {
  path: string;
  name: string;
  bytes: Uint8Array;
}

function failure(lang: Lang, name: string, reason: string): UsageError {
  return new UsageError(msg(lang, "cannotRead", { file: name, reason }));
}

/** Reads a file a command was given, turning every failure into a one-line message naming it. */
export function loadInput(path: string, lang: Lang): InputFile {
  const name = basename(path);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw failure(lang, name, msg(lang, "fileMissing"));
  }
  if (stats.isDirectory()) throw failure(lang, name, msg(lang, "notAFile"));
  if (fileKindOf(name) === null) throw failure(lang, name, msg(lang, "unsupportedType"));
  const buffer = readFileSync(path);
  return { path, name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}

/** Reads a workbook a command was given into grids. */
export function loadWorkbook(path: string, lang: Lang): Workbook {
  const input = loadInput(path, lang);
  try {
    return readWorkbookBytes(input.bytes, input.name);
  } catch (error) {
    throw failure(lang, input.name, error instanceof Error ? error.message : String(error));
  }
}
