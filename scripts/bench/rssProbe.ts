/**
 * Preloaded into the CLI's process (`node --require rssProbe.js bin/taizhang.js fill …`): on exit it
 * writes the process's peak resident set size to stderr, so the benchmark measures the real CLI, as
 * users run it, without /usr/bin/time.
 */
import { writeSync } from "node:fs";

/** measure.ts looks for this marker (it does not import this file, which would set the hook on itself). */
const MAX_RSS_MARKER = "TAIZHANG_BENCH_MAXRSS_KB=";

process.on("exit", () => {
  // resourceUsage().maxRSS is in kilobytes
  writeSync(2, `\n${MAX_RSS_MARKER}${process.resourceUsage().maxRSS}\n`);
});
