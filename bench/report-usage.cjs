// Preloaded (node --require) into each benchmarked process: writes, at exit, the peak resident memory and the CPU
// time of the process (user and system, all threads) to the file named by BENCH_RSS_FILE, so that every contender
// is measured the same way.
const { writeFileSync } = require('node:fs')
const target = process.env.BENCH_RSS_FILE
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    writeFileSync(target, JSON.stringify({ peakBytes: usage.maxRSS * 1024, cpuMicros: usage.userCPUTime + usage.systemCPUTime }))
  })
}
