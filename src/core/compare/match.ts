/**
 * Which tables and items of last period's ledger are which of this period's. Rows move, are
 * inserted and deleted, names are reworded, items are split over two rows or merged, columns move:
 * so items are matched by their 序号 and name (the roles come from the detector, never from
 * positions), first exactly through a map, then by the character pairs of their names through an
 * inverted index (never all pairs: two ledgers of 10,000 items each must compare in a moment).
 * A match that is not clear is left uncertain: never paired, never called added or removed.
 */

import { DetectedTable } from "../detect/types";
import { Role } from "../detect/roles";
import { Item } from "../model/items";
import { WorkbookModel } from "../model/workbookModel";
import { Bigrams, bigramCoverage, bigramDice, bigramsOf } from "../text/bigrams";
import { compactText } from "../text/normalize";
import { itemName } from "./texts";

/** How a pair was found: the same 序号 and name, the same name, a similar name, or a split or merge. */
export type MatchBasis = "seqName" | "name" | "similar" | "split" | "merged";

export interface ItemPair {
  last: Item;
  current: Item;
  /** 0 to 1: 1 for the same 序号 and name, the similarity score otherwise. */
  confidence: number;
  basis: MatchBasis;
}

export interface MatchCandidate {
  item: Item;
  score: number;
}

/** An item close to one or more of the other period's, none clearly: shown, never paired. */
export interface UncertainMatch {
  period: "last" | "current";
  item: Item;
  candidates: MatchCandidate[];
}

export interface TablePair {
  last: DetectedTable;
  current: DetectedTable;
}

export interface Matching {
  tables: TablePair[];
  pairs: ItemPair[];
  /** This period's items with no match in last period's ledger. */
  added: Item[];
  /** Last period's items with no match in this period's ledger. */
  removed: Item[];
  uncertain: UncertainMatch[];
}

/** The score from which two items with different names are paired. */
export const MATCH_THRESHOLD = 0.6;
/** Below this score two items have nothing to do with each other. */
export const UNCERTAIN_FLOOR = 0.4;
/** A rival candidate within this much of the best makes the match uncertain. */
export const MATCH_MARGIN = 0.1;
/** A part of a merge: this share of its name's character pairs stands in the whole's name. */
const PART_COVERAGE = 0.75;
/** A part of a split: this share of the whole's name stands in the part's (all but a stray pair). */
const WHOLE_COVERAGE = 0.9;
/** The weight of the name against the target text when both items state a target. */
const NAME_WEIGHT = 0.75;
/** Added to the score when the 序号 is the same (small: an inserted row renumbers those below). */
const SAME_SEQ_BONUS = 0.05;
/** The candidates scored per item: those sharing the most character pairs of the name. */
const CANDIDATES_SCORED = 5;
/** The most candidates an uncertain match lists. */
const CANDIDATES_SHOWN = 3;
/** The least score from which two tables are the same table of both periods. */
const TABLE_THRESHOLD = 0.6;
/** The characters of a target text compared: enough to tell sub-items apart. */
const TARGET_LENGTH = 120;

/** An item as matching reads it; the character pairs are read only for those left after the keys. */
class Entry {
  readonly seq: string;
  readonly name: string;
  private nameGrams: Bigrams | null = null;
  private targetGrams: Bigrams | null | undefined = undefined;

  constructor(readonly item: Item) {
    this.name = itemName(item);
    this.seq = compactText(item.fields.seq?.text ?? "");
  }

  get grams(): Bigrams {
    return (this.nameGrams ??= bigramsOf(this.name));
  }

  get target(): Bigrams | null {
    if (this.targetGrams === undefined) {
      const field = this.item.fields.target ?? this.item.fields.overview;
      const text = field ? compactText(field.text).slice(0, TARGET_LENGTH) : "";
      this.targetGrams = text === "" ? null : bigramsOf(text);
    }
    return this.targetGrams;
  }
}

/** Both items name their lead units and share none: tasks of different departments. */
function differentLeads(a: Entry, b: Entry): boolean {
  const leads = a.item.leads;
  const others = b.item.leads;
  return leads.length > 0 && others.length > 0 && !leads.some((l) => others.includes(l));
}

/**
 * How alike two items are: their names, their target texts as a second signal, their 序号. Tasks of
 * different lead units are different items, however alike their project's name.
 */
function itemScore(a: Entry, b: Entry): number {
  if (differentLeads(a, b)) return 0;
  const name = bigramDice(a.grams, b.grams);
  const score =
    a.target && b.target
      ? NAME_WEIGHT * name + (1 - NAME_WEIGHT) * bigramDice(a.target, b.target)
      : name;
  return Math.min(1, score + (a.seq !== "" && a.seq === b.seq ? SAME_SEQ_BONUS : 0));
}

function roleSet(table: DetectedTable): Set<Role> {
  return new Set(table.roleColumns.keys());
}

/** How likely two tables are the same table of both periods: kind, sheet name, the roles of columns. */
function tableScore(last: DetectedTable, current: DetectedTable): number {
  const lastRoles = roleSet(last);
  const currentRoles = roleSet(current);
  const shared = [...currentRoles].filter((r) => lastRoles.has(r)).length;
  const union = new Set([...lastRoles, ...currentRoles]).size;
  const sheet =
    last.sheet === current.sheet
      ? 1
      : bigramDice(bigramsOf(compactText(last.sheet)), bigramsOf(compactText(current.sheet)));
  return (
    (last.kind === current.kind ? 0.4 : 0) + 0.3 * sheet + 0.3 * (union === 0 ? 0 : shared / union)
  );
}

function matchTables(last: WorkbookModel, current: WorkbookModel): TablePair[] {
  const scored: { pair: TablePair; score: number }[] = [];
  for (const l of last.tables)
    for (const c of current.tables) {
      const score = tableScore(l.table, c.table);
      if (score >= TABLE_THRESHOLD)
        scored.push({ pair: { last: l.table, current: c.table }, score });
    }
  scored.sort((a, b) => b.score - a.score);
  const taken = new Set<DetectedTable>();
  const pairs: TablePair[] = [];
  for (const { pair } of scored) {
    if (taken.has(pair.last) || taken.has(pair.current)) continue;
    taken.add(pair.last);
    taken.add(pair.current);
    pairs.push(pair);
  }
  return pairs;
}

/** The entries of one side by the character pairs of their names, for finding candidates fast. */
class NameIndex {
  /** Per character pair, the positions in `entries` of the names holding it. */
  private readonly postings = new Map<string, number[]>();
  /** Pairs shared with the name asked about, by position; zeroed again after each question. */
  private readonly shared: Uint32Array;

  constructor(private readonly entries: readonly Entry[]) {
    entries.forEach((entry, position) => {
      for (const pair of entry.grams.counts.keys()) {
        const list = this.postings.get(pair);
        if (list) list.push(position);
        else this.postings.set(pair, [position]);
      }
    });
    this.shared = new Uint32Array(entries.length);
  }

  /**
   * The entries sharing the most character pairs with a name, those `excluded` left out; among as
   * many shared, the one met first (by the name's pairs in order) comes first.
   */
  nearest(grams: Bigrams, excluded: ReadonlySet<Entry>, limit: number): Entry[] {
    const met: number[] = [];
    for (const pair of grams.counts.keys())
      for (const position of this.postings.get(pair) ?? []) {
        if (this.shared[position] === 0) met.push(position);
        this.shared[position]++;
      }
    const best: { entry: Entry; shared: number }[] = [];
    for (const position of met) {
      const shared = this.shared[position];
      this.shared[position] = 0;
      const entry = this.entries[position];
      if (excluded.has(entry)) continue;
      if (best.length === limit && shared <= best[best.length - 1].shared) continue;
      // after every one sharing as many: the first met keeps its place
      let at = best.length;
      while (at > 0 && best[at - 1].shared < shared) at--;
      best.splice(at, 0, { entry, shared });
      if (best.length > limit) best.pop();
    }
    return best.map((b) => b.entry);
  }
}

/** One table pair's items, as they are matched. */
class TableMatcher {
  readonly pairs: ItemPair[] = [];
  readonly uncertain: UncertainMatch[] = [];
  private readonly paired = new Set<Entry>();

  constructor(
    private readonly last: Entry[],
    private readonly current: Entry[]
  ) {}

  private pair(last: Entry, current: Entry, confidence: number, basis: MatchBasis): void {
    this.paired.add(last);
    this.paired.add(current);
    this.pairs.push({ last: last.item, current: current.item, confidence, basis });
  }

  private free(entries: Entry[]): Entry[] {
    return entries.filter((e) => !this.paired.has(e));
  }

  /**
   * Pairs the items whose key is the same on both sides, in row order, where both sides hold it
   * equally often (a key held twice on one side and once on the other is left to the scores).
   */
  byKey(key: (entry: Entry) => string, confidence: number, basis: MatchBasis): void {
    const lastByKey = new Map<string, Entry[]>();
    for (const entry of this.free(this.last)) {
      const k = key(entry);
      const list = lastByKey.get(k);
      if (list) list.push(entry);
      else lastByKey.set(k, [entry]);
    }
    const currentByKey = new Map<string, Entry[]>();
    for (const entry of this.free(this.current)) {
      const k = key(entry);
      const list = currentByKey.get(k);
      if (list) list.push(entry);
      else currentByKey.set(k, [entry]);
    }
    for (const [k, currents] of currentByKey) {
      const lasts = lastByKey.get(k);
      if (!lasts || lasts.length !== currents.length) continue;
      currents.forEach((c, i) => this.pair(lasts[i], c, confidence, basis));
    }
  }

  /**
   * An item of one side whose name covers two or more of the other side's (or stands inside
   * each of them): a split of last period's item, or a merge into this period's.
   */
  splitsAndMerges(): void {
    const find = (wholes: Entry[], parts: Entry[], basis: MatchBasis): void => {
      const index = new NameIndex(this.free(parts));
      for (const whole of this.free(wholes)) {
        const parts = partsOf(whole, index.nearest(whole.grams, this.paired, CANDIDATES_SCORED));
        for (const part of parts) {
          const score = itemScore(whole, part);
          if (basis === "split") this.pair(whole, part, score, basis);
          else this.pair(part, whole, score, basis);
        }
      }
    };
    find(this.last, this.current, "split");
    find(this.current, this.last, "merged");
  }

  /**
   * The rest by score, best first: a pair is made when its score is high enough and no other free
   * candidate of either item comes within the margin; otherwise the item is left uncertain.
   */
  bySimilarity(): void {
    const lasts = this.free(this.last);
    const currents = this.free(this.current);
    if (lasts.length === 0 || currents.length === 0) return;
    const index = new NameIndex(lasts);
    const candidates = new Map<Entry, MatchCandidateOf[]>();
    const edges: Edge[] = [];
    const add = (entry: Entry, candidate: MatchCandidateOf): void => {
      const list = candidates.get(entry);
      if (list) list.push(candidate);
      else candidates.set(entry, [candidate]);
    };
    for (const current of currents) {
      for (const last of index.nearest(current.grams, this.paired, CANDIDATES_SCORED)) {
        const score = itemScore(last, current);
        if (score < UNCERTAIN_FLOOR) continue;
        edges.push({ last, current, score });
        add(current, { entry: last, score });
        add(last, { entry: current, score });
      }
    }
    edges.sort((a, b) => b.score - a.score);
    const rivalled = (entry: Entry, other: Entry, score: number): boolean =>
      (candidates.get(entry) ?? []).some(
        (c) => c.entry !== other && !this.paired.has(c.entry) && c.score >= score - MATCH_MARGIN
      );
    for (const { last, current, score } of edges) {
      if (score < MATCH_THRESHOLD) break;
      if (this.paired.has(last) || this.paired.has(current)) continue;
      if (rivalled(current, last, score) || rivalled(last, current, score)) continue;
      this.pair(last, current, score, "similar");
    }
    for (const current of this.free(currents)) {
      const open = (candidates.get(current) ?? []).filter((c) => !this.paired.has(c.entry));
      if (open.length > 0) this.uncertain.push(uncertainOf("current", current, open));
    }
    // a last item whose only open candidates were in a rivalry of this period's items is listed
    // under those; one whose candidates are all paired is removed
    const listed = new Set(this.uncertain.flatMap((u) => u.candidates.map((c) => c.item)));
    for (const last of this.free(lasts)) {
      if (listed.has(last.item)) continue;
      const open = (candidates.get(last) ?? []).filter((c) => !this.paired.has(c.entry));
      if (open.length > 0) this.uncertain.push(uncertainOf("last", last, open));
    }
  }

  /** The items neither paired nor uncertain, of one side. */
  unmatched(side: "last" | "current"): Item[] {
    const uncertain = new Set(
      this.uncertain.flatMap((u) => [u.item, ...u.candidates.map((c) => c.item)])
    );
    return this.free(side === "last" ? this.last : this.current)
      .map((e) => e.item)
      .filter((item) => !uncertain.has(item));
  }
}

/**
 * The parts of a split or merge among an item's nearest of the other side: two or more that each
 * hold the whole's name (`供热管网` → `供热管网（城东）`, `供热管网（城西）`), or two or more that
 * each stand in it and each name a part of it no other does (`供热管网` + `老旧小区改造` →
 * `供热管网及老旧小区改造`). Two that stand in it alike (`书房（一期）`, `书房（二期）` against
 * `书房（三期）`) are rivals, not parts.
 */
function partsOf(whole: Entry, nearest: Entry[]): Entry[] {
  const holding = nearest.filter((p) => bigramCoverage(whole.grams, p.grams) >= WHOLE_COVERAGE);
  if (holding.length >= 2) return holding;
  const inside = nearest.filter(
    (p) => !holding.includes(p) && bigramCoverage(p.grams, whole.grams) >= PART_COVERAGE
  );
  const ownPairs = (part: Entry): number =>
    [...part.grams.counts.keys()].filter(
      (pair) =>
        whole.grams.counts.has(pair) && !inside.some((o) => o !== part && o.grams.counts.has(pair))
    ).length;
  const distinct = inside.filter((p) => ownPairs(p) > 0);
  return distinct.length >= 2 ? distinct : [];
}

interface MatchCandidateOf {
  entry: Entry;
  score: number;
}

interface Edge {
  last: Entry;
  current: Entry;
  score: number;
}

function uncertainOf(
  period: "last" | "current",
  entry: Entry,
  open: MatchCandidateOf[]
): UncertainMatch {
  return {
    period,
    item: entry.item,
    candidates: [...open]
      .sort((a, b) => b.score - a.score)
      .slice(0, CANDIDATES_SHOWN)
      .map((c) => ({ item: c.entry.item, score: c.score })),
  };
}

/** Matches the tables, then the items, of last period's ledger and this period's. */
export function matchLedgers(last: WorkbookModel, current: WorkbookModel): Matching {
  const tables = matchTables(last, current);
  const matching: Matching = { tables, pairs: [], added: [], removed: [], uncertain: [] };
  const itemsOf = (model: WorkbookModel, table: DetectedTable): Item[] =>
    model.tables.find((t) => t.table === table)?.items ?? [];
  for (const pair of tables) {
    const matcher = new TableMatcher(
      itemsOf(last, pair.last).map((item) => new Entry(item)),
      itemsOf(current, pair.current).map((item) => new Entry(item))
    );
    matcher.byKey((e) => `${e.seq}\u0000${e.name}`, 1, "seqName");
    matcher.byKey((e) => e.name, 0.95, "name");
    matcher.splitsAndMerges();
    matcher.bySimilarity();
    matching.pairs.push(...matcher.pairs);
    matching.uncertain.push(...matcher.uncertain);
    matching.added.push(...matcher.unmatched("current"));
    matching.removed.push(...matcher.unmatched("last"));
  }
  const pairedTables = new Set(tables.flatMap((t) => [t.last, t.current]));
  matching.added.push(...current.items.filter((i) => !pairedTables.has(i.table)));
  matching.removed.push(...last.items.filter((i) => !pairedTables.has(i.table)));
  const byRow = (a: Item, b: Item): number => a.index - b.index;
  matching.pairs.sort((a, b) => byRow(a.current, b.current));
  matching.added.sort(byRow);
  matching.removed.sort(byRow);
  return matching;
}
