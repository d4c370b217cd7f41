import { deadlineChangedRule } from "./deadlineChanged";
import { investmentChangedRule } from "./investmentChanged";
import { itemAddedRule } from "./itemAdded";
import { itemRemovedRule } from "./itemRemoved";
import { progressRegressedRule } from "./progressRegressed";
import { progressUnchangedRule } from "./progressUnchanged";
import { targetChangedRule } from "./targetChanged";
import { CompareRule } from "../types";

/** Every rule comparing a ledger with last period's, in the order of docs/report-format.md. */
export const COMPARE_RULES: readonly CompareRule[] = [
  progressUnchangedRule,
  progressRegressedRule,
  targetChangedRule,
  deadlineChangedRule,
  investmentChangedRule,
  itemAddedRule,
  itemRemovedRule,
];
