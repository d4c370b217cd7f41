import { Lang } from "../core/i18n";
import { StringKey, t } from "./strings";

/** What the user was doing when it failed: names the message bar's title. */
export type FailedAction =
  "check" | "write" | "undo" | "fixes" | "save" | "compare" | "next" | "showCell";

const TITLES: Record<FailedAction, StringKey> = {
  check: "errorCheck",
  write: "errorWrite",
  undo: "errorUndo",
  fixes: "errorFixes",
  save: "errorSave",
  compare: "errorCompare",
  next: "errorNext",
  showCell: "errorShowCell",
};

/** Office.js error codes the user can do something about, and what to tell them. */
const CAUSES: Record<string, StringKey> = {
  InvalidOperationInCellEditMode: "causeEditing",
  ApiNotFound: "causeApi",
  ItemNotFound: "causeMissing",
  InvalidReference: "causeMissing",
  RequestPayloadSizeLimitExceeded: "causeTooLarge",
  ResponsePayloadSizeLimitExceeded: "causeTooLarge",
};

export interface ErrorMessage {
  title: string;
  /** What went wrong and what to do next, in plain words. */
  body: string;
}

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null
    ? (error as Record<string, unknown>)[name]
    : undefined;
}

/**
 * An error as the message bar shows it. A host's own explanation (HostError, also after crossing
 * from a worker as plain data) is shown as it is; known Office.js codes get their remedy; anything
 * else names its cause and the way to retry.
 */
export function describeError(error: unknown, action: FailedAction, lang: Lang): ErrorMessage {
  const title = t(lang, TITLES[action]);
  const explanation = field(error, "explanation") as Record<Lang, unknown> | undefined;
  if (explanation && typeof explanation[lang] === "string") {
    return { title, body: explanation[lang] as string };
  }
  const code = field(error, "code");
  const cause = typeof code === "string" ? CAUSES[code] : undefined;
  if (cause) return { title, body: t(lang, cause) };
  const message = field(error, "message");
  const detail = typeof message === "string" && message !== "" ? message : String(error);
  return { title, body: t(lang, action === "write" ? "causeWrite" : "causeOther", { detail }) };
}
