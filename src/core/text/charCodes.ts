/** Character codes and classes the scanners share, named once (half-width: scanners read after toHalfWidth). */
export const TAB = 0x09;
export const NEWLINE = 0x0a;
export const SPACE = 0x20;
export const OPEN_PARENTHESIS = 0x28; // (
export const CLOSE_PARENTHESIS = 0x29; // )
export const COMMA = 0x2c; // ,
export const DOT = 0x2e; // .
export const COLON = 0x3a; // :
export const SEMICOLON = 0x3b; // ;
export const LIST_COMMA = 0x3001; // 、
export const CIRCLED_FIRST = 0x2460; // ①
export const CIRCLED_LAST = 0x2473; // ⑳
export const QI = 0x5176; // 其
export const ZHONG = 0x4e2d; // 中

/** A space or a tab: what stands between words within a line. */
export function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

/** A Latin letter of either case (NaN, past either end of a text, is none). */
export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** isAsciiLetterCode for one character as `text[k]` gives it (undefined past the end). */
export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && isAsciiLetterCode(ch.charCodeAt(0));
}
