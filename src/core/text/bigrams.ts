/**
 * Character pairs of a text, counted: what Dice's coefficient compares. Kept as counts so that two
 * long texts (a progress report of 300 characters) compare in time linear in their length.
 */
export interface Bigrams {
  /** The text the pairs were read from. */
  text: string;
  counts: Map<string, number>;
  /** How many pairs in all (the text's length less one). */
  size: number;
}

export function bigramsOf(text: string): Bigrams {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { text, counts, size: Math.max(0, text.length - 1) };
}

/** How many pairs the two texts share, each counted as often as both hold it. */
export function sharedBigrams(a: Bigrams, b: Bigrams): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [pair, count] of small.counts) shared += Math.min(count, large.counts.get(pair) ?? 0);
  return shared;
}

/** Dice's coefficient over character pairs, 0 to 1; a text too short for a pair matches only itself. */
export function bigramDice(a: Bigrams, b: Bigrams): number {
  if (a.size === 0 || b.size === 0) return a.text === b.text && a.text !== "" ? 1 : 0;
  return (2 * sharedBigrams(a, b)) / (a.size + b.size);
}

/** The share of `part`'s pairs that `whole` holds too: 1 when part stands inside whole. */
export function bigramCoverage(part: Bigrams, whole: Bigrams): number {
  return part.size === 0 ? 0 : sharedBigrams(part, whole) / part.size;
}
