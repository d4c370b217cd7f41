/** The names of the lists, in the order given, that hold `word` as one of their entries. */
export function listsHolding(lists: Record<string, Iterable<string>>, word: string): string[] {
  return Object.entries(lists)
    .filter(([, entries]) => [...entries].includes(word))
    .map(([name]) => name);
}
