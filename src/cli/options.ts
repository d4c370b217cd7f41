import { parseArgs } from "node:util";
import { Lang } from "../core/i18n";
import { RuleOptions } from "../core/rules/engine";
import { RULE_CODES, RuleCode, Severity } from "../core/rules/types";
import { parseIsoDate } from "../core/text/periods";
import { DEFAULT_LIMITS, ReadLimits } from "../hosts/file/limits";
import { UsageError } from "./io";
import { msg } from "./messages";

export interface CommonOptions {
  command: string | null;
  files: string[];
  format: "text" | "json";
  lang: Lang;
  asOf?: string;
  help: boolean;
  rules: Pick<RuleOptions, "rules" | "only">;
  output?: string;
  /** `--columns O`: the first column `fill` writes, when the user chooses where. */
  columns?: string;
  /** `--period 2025-04`: the period `next` makes the copy for. */
  period?: string;
  /** `--compare LAST`: last period's ledger, which `fill` compares with for the 较上期 column. */
  compare?: string;
  /** What a file may ask of the machine (`--max-file-mb`, `--timeout`…). */
  limits: ReadLimits;
}

const MB = 1024 * 1024;

/** Each limit's option, and how its value on the command line becomes the limit. */
export const LIMIT_OPTIONS: Record<keyof ReadLimits, { option: string; scale: number }> = {
  maxFileBytes: { option: "max-file-mb", scale: MB },
  maxInflatedBytes: { option: "max-unzipped-mb", scale: MB },
  maxEntries: { option: "max-parts", scale: 1 },
  maxCellsPerSheet: { option: "max-cells", scale: 1 },
  timeoutMs: { option: "timeout", scale: 1000 },
  maxMemoryMb: { option: "max-memory-mb", scale: 1 },
};

function parseLimits(values: Record<string, unknown>, lang: Lang): ReadLimits {
  const limits: ReadLimits = { ...DEFAULT_LIMITS };
  for (const [key, { option, scale }] of Object.entries(LIMIT_OPTIONS) as [
    keyof ReadLimits,
    { option: string; scale: number },
  ][]) {
    const text = values[option];
    if (typeof text !== "string") continue;
    const value = Number(text);
    if (!/^\d+(\.\d+)?$/.test(text.trim()) || !(value > 0))
      throw new UsageError(msg(lang, "badLimit", { option, value: text }));
    limits[key] = Math.round(value * scale);
  }
  return limits;
}

const SETTINGS = new Set<string>(["off", "error", "warning", "info"]);

/**
 * `--rules SUM_MISMATCH,COUNT_MISMATCH` runs only those; `--rules NUMBER_AS_TEXT=off,TOTAL_NOT_FORMULA=warning`
 * switches a rule off or changes its severity; both kinds may be mixed.
 */
export function parseRuleSpec(spec: string, lang: Lang): Pick<RuleOptions, "rules" | "only"> {
  const result: Pick<RuleOptions, "rules" | "only"> = {};
  for (const token of spec
    .split(",")
    .map((t) => t.trim())
    .filter((t) => t !== "")) {
    const [code, setting] = token.split("=").map((t) => t.trim());
    if (!(RULE_CODES as readonly string[]).includes(code)) {
      throw new UsageError(msg(lang, "badRule", { rule: code, codes: RULE_CODES.join(", ") }));
    }
    if (setting === undefined) {
      (result.only ??= []).push(code as RuleCode);
    } else if (SETTINGS.has(setting)) {
      (result.rules ??= {})[code as RuleCode] = setting as Severity | "off";
    } else {
      throw new UsageError(msg(lang, "badRuleSetting", { rule: code, setting }));
    }
  }
  return result;
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
        rules: { type: "string" },
        output: { type: "string", short: "o" },
        columns: { type: "string" },
        period: { type: "string" },
        compare: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        ...Object.fromEntries(
          Object.values(LIMIT_OPTIONS).map(({ option }) => [option, { type: "string" as const }])
        ),
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
  if (asOf !== undefined && parseIsoDate(asOf) === null)
    throw new UsageError(msg(lang, "badDate", { value: asOf }));
  const options: CommonOptions = {
    command: positionals[0] ?? null,
    files: positionals.slice(1),
    format: values.format,
    lang,
    help: values.help ?? false,
    rules: values.rules === undefined ? {} : parseRuleSpec(values.rules, lang),
    limits: parseLimits(values, lang),
  };
  if (values.output !== undefined) options.output = values.output;
  if (values.columns !== undefined) options.columns = values.columns;
  if (values.period !== undefined) options.period = values.period;
  if (values.compare !== undefined) options.compare = values.compare;
  if (asOf !== undefined) options.asOf = asOf;
  return options;
}
