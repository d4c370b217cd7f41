// Preloaded into the built CLI by the corpus test: on exit, writes the process's peak resident memory
// (KB, worker threads included) to the file TAIZHANG_PEAK_FILE names, leaving stdout and stderr alone.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.TAIZHANG_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
