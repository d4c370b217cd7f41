/**
 * Remembers a pure function's results by its text argument: one cell's text is read by the model,
 * the progress analysis and several rules, and must be parsed once. Results are frozen so that no
 * caller can change what another one receives (strings need no freezing); past `limit` entries the memory starts afresh.
 */
export function memoizeByText<T>(
  compute: (text: string) => T,
  limit = 20_000
): (text: string) => T {
  let results = new Map<string, T>();
  return (text) => {
    const known = results.get(text);
    if (known !== undefined) return known;
    const computed = compute(text);
    const result =
      typeof computed === "object" && computed !== null ? Object.freeze(computed) : computed;
    if (results.size >= limit) results = new Map();
    results.set(text, result);
    return result;
  };
}
