import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // tsc and twoslash start a compiler per check: slower than unit tests, still well under a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
