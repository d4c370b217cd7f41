/** Character codes the scanners compare with, named once (half-width: scanners read after toHalfWidth). */
export const NEWLINE = 0x0a;
export const OPEN_PARENTHESIS = 0x28; // (
export const CLOSE_PARENTHESIS = 0x29; // )
export const COMMA = 0x2c; // ,
export const DOT = 0x2e; // .
export const COLON = 0x3a; // :
export const SEMICOLON = 0x3b; // ;
export const LIST_COMMA = 0x3001; // 、
export const CIRCLED_FIRST = 0x2460; // ①
export const CIRCLED_LAST = 0x2473; // ⑳
