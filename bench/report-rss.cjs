// Preloaded (node --require) into each benchmarked process: writes the peak resident memory at exit
// to the file named by BENCH_RSS_FILE, so both tools are measured the same way; and, when BENCH_CPU_FILE is set,
// the CPU seconds the process used (user + system, all its threads), which a loaded machine disturbs less than wall time.
const { writeFileSync } = require('node:fs')
const target = process.env.BENCH_RSS_FILE
const cpuTarget = process.env.BENCH_CPU_FILE
process.on('exit', () => {
  const usage = process.resourceUsage()
  if (target) writeFileSync(target, String(usage.maxRSS * 1024))
  if (cpuTarget) writeFileSync(cpuTarget, String((usage.userCPUTime + usage.systemCPUTime) / 1e6))
})
