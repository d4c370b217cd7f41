/**
 * How two periods' texts of one item are set side by side: dates masked (a report's dates move on
 * every month), figures read in order, a long text quoted in short.
 */

import { Field, Item } from "../model/items";
import { Figure, parseFigures } from "../text/figures";
import { compactText } from "../text/normalize";
import { findPeriods } from "../text/periods";
import { WorkbookModel } from "../model/workbookModel";
import { itemDisplayName } from "../report/checkReport";

/** What stands for a date once masked: one character no text of a ledger holds. */
const DATE_MASK = "\u3007";
/** The longest quote of a text in a message. */
const QUOTE_LENGTH = 30;

/** The text compacted, with every date and period it mentions (`3月15日`, `截至3月底`) masked. */
export function withDatesMasked(text: string, year: number): string {
  let masked = "";
  let from = 0;
  for (const period of findPeriods(text, { year })) {
    masked += text.slice(from, period.startOffset) + DATE_MASK;
    from = period.endOffset;
  }
  return compactText(masked + text.slice(from));
}

/** Two lists of figures say the same: the same values in the same units, in order. */
export function sameFigures(a: readonly Figure[], b: readonly Figure[]): boolean {
  return a.length === b.length && a.every((f, i) => f.value === b[i].value && f.unit === b[i].unit);
}

/** A text as a message quotes it: compacted, cut short with an ellipsis. */
export function quote(text: string): string {
  const compact = compactText(text);
  return compact.length > QUOTE_LENGTH ? `${compact.slice(0, QUOTE_LENGTH)}…` : compact;
}

/** The number a figure cell holds, as stored or as its text reads. */
export function fieldNumber(field: Field): number | null {
  if (typeof field.value === "number") return field.value;
  const figures = parseFigures(field.text);
  return figures.length === 1 ? figures[0].value : null;
}

/** The year a ledger's dates without one fall in: its plan year, else its report date's. */
export function ledgerYear(model: WorkbookModel): number {
  return model.planYear ?? Number(model.asOf.slice(0, 4));
}

/** An item's name as the compare matches, quotes and reports it: its display name, compacted. */
export function itemName(item: Item): string {
  return compactText(itemDisplayName(item));
}
