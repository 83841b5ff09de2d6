// Preloaded into a benchmarked process (`node -r bench/maxrss.cjs …`): at exit, writes its peak resident set
// size in bytes to the file named by NEWSMARK_MAXRSS_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.NEWSMARK_MAXRSS_FILE) writeFileSync(process.env.NEWSMARK_MAXRSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
