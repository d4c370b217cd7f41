import { Bilingual } from "../../core/i18n";

function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" && !message.includes(code)
    ? `${code}: ${message}`
    : message;
}

/**
 * A write into the workbook that failed midway, after Taizhang tried to take back what of it had
 * landed. `restored`: the sheet is as it was before the write; else the user can still undo it
 * (the undo state is saved before anything is written). The pane shows `explanation` as it is.
 */
export class WriteFailedError extends Error {
  readonly explanation: Bilingual;
  /** The Office.js error code of the failure, when it had one. */
  readonly code?: string;

  constructor(
    error: unknown,
    readonly restored: boolean
  ) {
    super(detailOf(error), { cause: error });
    this.name = "WriteFailedError";
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code === "string") this.code = code;
    const detail = this.message;
    this.explanation = restored
      ? {
          zh: `写入进度列时出错（${detail}），已把工作表恢复到写入前的样子，没有留下写了一半的内容。请点「重新校验」后再写一次。`,
          en: `Writing the progress columns failed (${detail}); the sheet has been put back as it was before the write, with nothing left half-written. Press “Check again” and write once more.`,
        }
      : {
          zh: `写入进度列时出错（${detail}），自动恢复也没有完成。请点「撤销上次操作」把工作表恢复到写入前的样子，然后点「重新校验」再写一次。`,
          en: `Writing the progress columns failed (${detail}) and putting the sheet back did not finish either. Press “Undo the last change” to restore the sheet as it was before the write, then “Check again” and write once more.`,
        };
  }
}
