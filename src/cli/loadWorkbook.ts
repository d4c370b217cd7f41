import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { Lang } from "../core/i18n";
import { Workbook } from "../core/grid";
import { ReadFailure, ReadLimits } from "../hosts/file/limits";
import { fileKindOf } from "../hosts/file/readWorkbook";
import { readWorkbookWithinLimits } from "../hosts/file/readWithinLimits";
import { UsageError } from "./io";
import { msg } from "./messages";
import { refusal } from "./refusal";

/** A file a command was given, read whole. */
export interface InputFile {
  path: string;
  name: string;
  bytes: Uint8Array;
}

function failure(lang: Lang, name: string, reason: string): UsageError {
  return new UsageError(msg(lang, "cannotRead", { file: name, reason }));
}

/**
 * Reads a file a command was given, turning every failure into a one-line message naming it. A
 * file over the size limit is refused from its size alone, before a byte of it is read.
 */
export function loadInput(path: string, lang: Lang, limits: ReadLimits): InputFile {
  const name = basename(path);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw failure(lang, name, msg(lang, "fileMissing"));
  }
  if (stats.isDirectory()) throw failure(lang, name, msg(lang, "notAFile"));
  if (fileKindOf(name) === null) throw failure(lang, name, msg(lang, "unsupportedType"));
  if (stats.size > limits.maxFileBytes)
    throw refusal(lang, name, {
      kind: "fileTooLarge",
      bytes: stats.size,
      limit: limits.maxFileBytes,
    });
  const buffer = readFileSync(path);
  return { path, name, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
}

/** An input's bytes as grids, within the limits; a refusal or a parser's error becomes one line. */
export async function readInput(
  input: InputFile,
  lang: Lang,
  limits: ReadLimits
): Promise<Workbook> {
  try {
    return await readWorkbookWithinLimits(input.bytes, input.name, limits);
  } catch (error) {
    if (error instanceof ReadFailure) throw refusal(lang, input.name, error.reason);
    throw failure(lang, input.name, error instanceof Error ? error.message : String(error));
  }
}

/** Reads a workbook a command was given into grids. */
export async function loadWorkbook(
  path: string,
  lang: Lang,
  limits: ReadLimits
): Promise<Workbook> {
  return readInput(loadInput(path, lang, limits), lang, limits);
}
