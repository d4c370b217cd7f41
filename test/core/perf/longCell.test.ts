import { computeCompletion, targetQuantities } from "../../../src/core/progress/completion";
import { parsePlan } from "../../../src/core/progress/plan";
import { readStatusWord } from "../../../src/core/progress/status";
import {
  compactText,
  findPeriods,
  normalizeText,
  parseFigures,
  parseNumber,
  removeScanSpaces,
  splitCircledList,
  stripHtml,
  subjectKey,
  toHalfWidth,
} from "../../../src/core/text";

const LENGTH = 100_000;

/**
 * A pathological cell: figures, dates, list markers, scan spaces and full-width digits, with and
 * without breaks, so that a parser whose work grows with the square of the text shows up.
 */
function longCell(seed: string[]): string {
  let text = "";
  for (let k = 0; text.length < LENGTH; k++) text += seed[k % seed.length];
  return text.slice(0, LENGTH);
}

const CELLS: [string, string][] = [
  [
    "sentences",
    longCell([
      "一季度：新建62个市政消火栓，",
      "①5月，完成１２０户改造；",
      "累计完成投资2575万元，占全年的72%。",
      "2023年8月底前完成3-5名 教 师 培 训",
      "应急救护普及培训1.9万人次\n",
    ]),
  ],
  ["digits only", longCell(["1234567890"])],
  ["digits with separators", longCell(["1,234.5", "-", "6.", "2023.12."])],
  ["Chinese numerals", longCell(["一二三四五六七八九十百千万亿两零"])],
  ["Chinese text without breaks", longCell(["民生实事项目建设持续推进惠及群众"])],
  ["spaces", longCell(["已 完 成 ", "  ", "2023 年 8 月 "])],
  ["markers and colons", longCell(["①", "：", "1、", "3月：", "②"])],
];

/** Every parser that takes a cell's text, each on its own, so one slow parser is named. */
const PARSERS: [string, (text: string) => unknown][] = [
  ["normalizeText", (t) => normalizeText(t)],
  ["compactText", (t) => compactText(t)],
  ["toHalfWidth", (t) => toHalfWidth(t)],
  ["stripHtml", (t) => stripHtml(t)],
  ["removeScanSpaces", (t) => removeScanSpaces(t)],
  ["splitCircledList", (t) => splitCircledList(t)],
  ["parseFigures", (t) => parseFigures(t)],
  ["parseNumber", (t) => parseNumber(t)],
  ["findPeriods", (t) => findPeriods(t, { year: 2024 })],
  ["parsePlan", (t) => parsePlan(t, { year: 2024 })],
  ["targetQuantities", (t) => targetQuantities(t)],
  ["readStatusWord", (t) => readStatusWord(t)],
  ["subjectKey", (t) => subjectKey(t)],
  // The long cell as the progress: pairing each target with each achievement is pairwise by
  // nature, so the targets are those of an ordinary cell.
  [
    "computeCompletion",
    (t) =>
      computeCompletion({
        targetTexts: ["新建62个市政消火栓，完成120户改造，培训1.9万人次。"],
        progressTexts: [t],
        statusSaysDone: false,
        planYear: 2024,
      }),
  ],
];

/** Generous: linear parsing takes a few milliseconds; a quadratic one takes minutes. */
const BOUND_MS = 500;

let calls = 0;

describe("a 100,000-character cell is parsed in linear time", () => {
  describe.each(CELLS)("%s", (_name, text) => {
    it.each(PARSERS)("%s", (_parser, parse) => {
      // A distinct text each time, so no memory of an earlier call answers.
      const cell = `${text.slice(0, LENGTH - 3)}${String(++calls).padStart(3, "0")}`;
      // compiled first on a short text: what is timed is the parse, not the parser's first compile
      parse(`${text.slice(0, 1_000)}${calls}`);
      const started = performance.now();
      parse(cell);
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
    });
  });
});
