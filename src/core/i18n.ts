/** The two languages of every message: Chinese first, English available. */
export type Lang = "zh" | "en";

export interface Bilingual {
  zh: string;
  en: string;
}

const PLACEHOLDER = /\{(\w+)\}/;

/** Templates cut at their placeholders once: text, name, text, name, …, text. */
const templateParts = new Map<string, string[]>();

/** Fills `{name}` placeholders of a message template; a name without a value stays as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  let parts = templateParts.get(template);
  if (!parts) templateParts.set(template, (parts = template.split(PLACEHOLDER)));
  let filled = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    filled += (key in values ? String(values[key]) : `{${key}}`) + parts[i + 1];
  }
  return filled;
}
