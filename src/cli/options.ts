import { parseArgs } from "node:util";
import { Lang } from "../core/i18n";
import { UsageError } from "./io";
import { msg } from "./messages";

export interface CommonOptions {
  command: string | null;
  files: string[];
  format: "text" | "json";
  lang: Lang;
  asOf?: string;
  help: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    date.getUTCFullYear() === Number(m[1]) &&
    date.getUTCMonth() === Number(m[2]) - 1 &&
    date.getUTCDate() === Number(m[3])
  );
}

function langFrom(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh";
  const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "zh";
}

/** Parses the command line; wrong arguments become a UsageError in the user's language. */
export function parseOptions(argv: string[]): CommonOptions {
  const lang = langFrom(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        lang: { type: "string", default: "zh" },
        "as-of": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(msg(lang, "badOption", { detail: (error as Error).message }));
  }
  const { values, positionals } = parsed;
  if (values.lang !== "zh" && values.lang !== "en") throw new UsageError(msg(lang, "badLang"));
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError(msg(lang, "badFormat"));
  const asOf = values["as-of"];
  if (asOf !== undefined && !isValidIsoDate(asOf))
    throw new UsageError(msg(lang, "badDate", { value: asOf }));
  const options: CommonOptions = {
    command: positionals[0] ?? null,
    files: positionals.slice(1),
    format: values.format,
    lang,
    help: values.help ?? false,
  };
  if (asOf !== undefined) options.asOf = asOf;
  return options;
}
