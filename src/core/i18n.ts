/** The two languages of every message: Chinese first, English available. */
export type Lang = "zh" | "en";

export interface Bilingual {
  zh: string;
  en: string;
}

/** Fills `{name}` placeholders of a message template. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole
  );
}
