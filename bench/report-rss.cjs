// Preloaded (node --require) into each benchmarked process: writes the peak resident memory at exit
// to the file named by BENCH_RSS_FILE, so both tools are measured the same way.
const { writeFileSync } = require('node:fs')
const target = process.env.BENCH_RSS_FILE
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)))
