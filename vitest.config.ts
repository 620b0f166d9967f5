import { configDefaults, defineConfig } from 'vitest/config'

/** Test files that need a module graph of their own (a `vi.mock` of a module other files load for real). */
const ISOLATED = 'test/**/*.isolated.test.ts'

export default defineConfig({
  test: {
    // tsc and twoslash start a compiler per check: slower than unit tests, still well under a minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time: much of the suite waits on child processes (npm pack, the CLI, tsc), so a second worker
    // overlaps them even on a 2-core machine (vitest's default there is one).
    maxWorkers: 2,
    // Removes each file's scratch folders when the file is done (run before every file, also without isolation).
    setupFiles: ['test/setup.ts'],
    projects: [
      {
        extends: true,
        // A worker keeps the modules it has loaded for its next file: importing the generator, the runtime and the
        // compiler again for each of 60 files was a quarter of the suite's time. The code under test keeps no state
        // in modules (the generation session holds it), so files do not see each other's work.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ISOLATED], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: [ISOLATED] } },
    ],
  },
})
