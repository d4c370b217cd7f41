/**
 * Remembers a pure function's results by its text argument: one cell's text is read by the model,
 * the progress analysis and several rules, and must be parsed once. Results are typed read-only so
 * that no caller can change what another one receives. They are not frozen as well: V8 takes a slow
 * path for every filter, slice or spread of a frozen array (two to six times the time measured
 * here), and the figures of every text are filtered and sliced many times in a check.
 *
 * Outside a check, past `limit` entries the memory starts afresh. Within `withTextMemory` (one
 * whole check) nothing is dropped, since every rule reads every item's cells again in turn and a
 * bounded memory would forget each text before the next rule asks for it; at the end of the outermost
 * scope every memory is emptied, so a check keeps nothing alive after it.
 */

const memories: Map<string, unknown>[] = [];
let scopeDepth = 0;

export function memoizeByText<T>(
  compute: (text: string) => T,
  limit = 20_000
): (text: string) => Readonly<T> {
  const results = new Map<string, T>();
  memories.push(results);
  return (text) => {
    const known = results.get(text);
    if (known !== undefined) return known;
    const result = compute(text);
    if (scopeDepth === 0 && results.size >= limit) results.clear();
    results.set(text, result);
    return result;
  };
}

/** Runs `work` with every text memory unbounded, and empties them all when the outermost scope ends. */
export function withTextMemory<T>(work: () => T): T {
  scopeDepth++;
  try {
    return work();
  } finally {
    scopeDepth--;
    if (scopeDepth === 0) for (const memory of memories) memory.clear();
  }
}
