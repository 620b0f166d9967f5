import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // tsc and twoslash start a compiler per check: slower than unit tests, still well under a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time: much of the suite waits on child processes (npm pack, the CLI, tsc), so a second worker
    // overlaps them even on a 2-core machine (vitest's default there is one).
    maxWorkers: 2,
  },
})
