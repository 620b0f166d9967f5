/** A tiny check runner: each check passes or fails with a message; the summary line ends the run. */
export class Checks {
  passed = 0
  failed = 0

  async run(name: string, check: () => Promise<void> | void): Promise<void> {
    try {
      await check()
      this.passed++
      process.stdout.write(`  ok    ${name}\n`)
    } catch (error) {
      this.failed++
      process.stdout.write(`  FAIL  ${name}\n        ${(error instanceof Error ? error.message : String(error)).split('\n').join('\n        ')}\n`)
    }
  }

  fail(name: string, error: unknown): void {
    this.failed++
    process.stdout.write(`  FAIL  ${name}\n        ${error instanceof Error ? error.message : String(error)}\n`)
  }

  summary(): string {
    return `${this.passed} passed, ${this.failed} failed`
  }
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual, null, 2)
  const b = JSON.stringify(expected, null, 2)
  if (a !== b) throw new Error(`${what}:\n  expected ${b}\n  actual   ${a}`)
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}
