/**
 * A set of UTF-16 code units as a bitmap. Scanners test every character of every cell, so
 * membership is a shift and a mask, with no one-character string made and no hashing.
 */
export class CodeSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      const code = ch.charCodeAt(0);
      this.bits[code >>> 5] |= 1 << (code & 31);
    }
  }

  /** Whether `code` is in the set; NaN (charCodeAt past the end) never is. */
  has(code: number): boolean {
    return code >= 0 && code <= 0xffff && (this.bits[code >>> 5] & (1 << (code & 31))) !== 0;
  }
}

const NO_WORDS: readonly string[] = [];

/**
 * Words by the code of their first or last character, in list order, so that a lookup at some
 * position tries only the words that can match there, and most positions are passed by one bit test.
 */
export class WordIndex {
  private readonly keys: CodeSet;
  private readonly byCode = new Map<number, string[]>();

  constructor(words: readonly string[], end: "first" | "last") {
    const keyOf = (word: string): number => word.charCodeAt(end === "first" ? 0 : word.length - 1);
    for (const word of words) {
      const bucket = this.byCode.get(keyOf(word));
      if (bucket) bucket.push(word);
      else this.byCode.set(keyOf(word), [word]);
    }
    this.keys = new CodeSet(words.map((word) => String.fromCharCode(keyOf(word))));
  }

  /** The words whose first (or last) character has this code, in list order. */
  withCode(code: number): readonly string[] {
    return this.keys.has(code) ? (this.byCode.get(code) ?? NO_WORDS) : NO_WORDS;
  }

  /** Where in text[from, to) one of the words (indexed by first character) first stands wholly, or -1. */
  firstIn(text: string, from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const code = text.charCodeAt(k);
      if (!this.keys.has(code)) continue;
      for (const word of this.byCode.get(code) ?? NO_WORDS)
        if (k + word.length <= to && text.startsWith(word, k)) return k;
    }
    return -1;
  }

  /** The first word of the list (indexed by first character) standing in text at offset k, if any. */
  wordAt(text: string, k: number): string | undefined {
    const code = text.charCodeAt(k);
    if (!this.keys.has(code)) return undefined;
    return (this.byCode.get(code) ?? NO_WORDS).find((word) => text.startsWith(word, k));
  }
}
