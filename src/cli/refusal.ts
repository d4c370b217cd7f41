import { Lang } from "../core/i18n";
import { LIMIT_OF, ReadFailureReason, describeReadFailure } from "../hosts/file/limits";
import { UsageError } from "./io";
import { msg } from "./messages";
import { LIMIT_OPTIONS } from "./options";

/** Why a file was refused, in one line: the reason, and the option that moves the limit. */
export function refusal(lang: Lang, name: string, reason: ReadFailureReason): UsageError {
  const limit = LIMIT_OF[reason.kind];
  const hint = limit ? msg(lang, "limitHint", { option: LIMIT_OPTIONS[limit].option }) : "";
  return new UsageError(
    msg(lang, "cannotRead", { file: name, reason: describeReadFailure(reason)[lang] + hint })
  );
}
