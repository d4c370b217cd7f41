import { Bilingual } from "../../core/i18n";
import { ActionSummary, headFrom, loadHead, queueDeleteChunks } from "./state";
import { undoLastAction } from "./undo";

function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" && !message.includes(code)
    ? `${code}: ${message}`
    : message;
}

/** What the pane says of a failed write, given the failure's detail and whether the workbook is as it was. */
export type FailureExplanation = (detail: string, restored: boolean) => Bilingual;

const COLUMNS_FAILED: FailureExplanation = (detail, restored) =>
  restored
    ? {
        zh: `写入进度列时出错（${detail}），已把工作表恢复到写入前的样子，没有留下写了一半的内容。请点「重新校验」后再写一次。`,
        en: `Writing the progress columns failed (${detail}); the sheet has been put back as it was before the write, with nothing left half-written. Press “Check again” and write once more.`,
      }
    : {
        zh: `写入进度列时出错（${detail}），自动恢复也没有完成。请点「撤销上次操作」把工作表恢复到写入前的样子，然后点「重新校验」再写一次。`,
        en: `Writing the progress columns failed (${detail}) and putting the sheet back did not finish either. Press “Undo the last change” to restore the sheet as it was before the write, then “Check again” and write once more.`,
      };

/** 生成下期台账 failed midway: the half-made sheet is gone, or the user is told how to remove it. */
export function nextSheetFailed(sheet: string): FailureExplanation {
  return (detail, restored) =>
    restored
      ? {
          zh: `生成下期台账时出错（${detail}），已删除做了一半的工作表「${sheet}」；原工作表没有改动。请再试一次。`,
          en: `Making the next period's ledger failed (${detail}); the half-made sheet “${sheet}” has been deleted and the original sheet is unchanged. Please try again.`,
        }
      : {
          zh: `生成下期台账时出错（${detail}），做了一半的工作表「${sheet}」也没能自动删除。请点「撤销上次操作」或手动删除这张工作表；原工作表没有改动。`,
          en: `Making the next period's ledger failed (${detail}) and the half-made sheet “${sheet}” could not be deleted either. Press “Undo the last change” or delete that sheet yourself; the original sheet is unchanged.`,
        };
}

/**
 * A write into the workbook that failed midway, after Taizhang tried to take back what of it had
 * landed. `restored`: the workbook is as it was before the write; else the user can still undo it
 * (the undo state is saved before anything is written). The pane shows `explanation` as it is.
 */
export class WriteFailedError extends Error {
  readonly explanation: Bilingual;
  /** The Office.js error code of the failure, when it had one. */
  readonly code?: string;

  constructor(
    error: unknown,
    readonly restored: boolean,
    explain: FailureExplanation = COLUMNS_FAILED
  ) {
    super(detailOf(error), { cause: error });
    this.name = "WriteFailedError";
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string") this.code = code;
    this.explanation = explain(this.message, restored);
  }
}

/**
 * After a write failed midway, takes back whatever of it landed: when its undo state made it into
 * the workbook (it goes first), by undoing it, which puts back what was there before; else nothing
 * else of it was written, and only stray state chunks are removed.
 */
export async function rollBack(
  context: Excel.RequestContext,
  summary: ActionSummary,
  error: unknown,
  explain?: FailureExplanation
): Promise<WriteFailedError> {
  try {
    const head = loadHead(context);
    await context.sync();
    if (headFrom(head)?.actions.some((a) => a.id === summary.id)) {
      await undoLastAction(context);
    } else {
      queueDeleteChunks(context, summary);
      await context.sync();
    }
    return new WriteFailedError(error, true, explain);
  } catch {
    return new WriteFailedError(error, false, explain);
  }
}
