import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { onTestFinished } from 'vitest'
import { generate, type GeneratedOutput } from '../generator/index.ts'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SPECS_DIR = path.join(ROOT, 'test/fixtures/specs')

/** The spec fixtures: the project's own spec (spec/, with the two golden endpoints) and the small specs under test/fixtures/specs. */
export const FIXTURES: Record<string, string> = {
  spec: path.join(ROOT, 'spec/openapi.yaml'),
  ...Object.fromEntries(
    readdirSync(SPECS_DIR)
      .sort()
      .map((name) => [name, path.join(SPECS_DIR, name, 'openapi.yaml')]),
  ),
}

const cache = new Map<string, Promise<GeneratedOutput>>()

export function generateFixture(name: string): Promise<GeneratedOutput> {
  let output = cache.get(name)
  if (!output) {
    output = generate(FIXTURES[name]!)
    cache.set(name, output)
  }
  return output
}

/** KEEP_SCRATCH=1 (or the older KEEP_PACKAGE_SCRATCH=1) keeps every scratch folder to look at after a run. */
const KEEP_SCRATCH = process.env['KEEP_SCRATCH'] === '1' || process.env['KEEP_PACKAGE_SCRATCH'] === '1'

/** Scratch folders made outside a test (while collecting, or in a beforeAll hook): removed when the file is done. */
const fileScratch: string[] = []

/** Removes the scratch folders made outside a test; test/setup.ts runs it after each test file. */
export function removeFileScratch(): void {
  for (const dir of fileScratch.splice(0)) removeDir(dir)
}

/**
 * A scratch folder inside the repository (git-ignored), so that `axios` and `@types/node` resolve from its
 * node_modules. Removed when the test that made it finishes, or when its file is done if no test was running.
 */
export function scratchDir(prefix: string): string {
  const base = path.join(ROOT, '.tmp')
  mkdirSync(base, { recursive: true })
  const dir = mkdtempSync(path.join(base, `${prefix}-`))
  if (!KEEP_SCRATCH) {
    try {
      onTestFinished(() => removeDir(dir))
    } catch {
      // Not inside a test: vitest refuses a test hook, so the file's afterAll removes it.
      fileScratch.push(dir)
    }
  }
  return dir
}

/** A one-file spec: `text` as openapi.yaml in a new scratch folder. Returns the file's path. */
export function writeSpecFile(prefix: string, text: string): string {
  const file = path.join(scratchDir(prefix), 'openapi.yaml')
  writeFileSync(file, text)
  return file
}

function removeDir(dir: string): void {
  if (!KEEP_SCRATCH) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
}

/**
 * The generator's command as `npm run generate` runs it: generator/bin/generate.mjs, which runs the CLI from a bundle
 * it rebuilds whenever a source is newer (about a second less per run than the sources through tsx).
 */
export const GENERATE_COMMAND: readonly string[] = [path.join(ROOT, 'generator/bin/generate.mjs')]

/** Runs the generator's CLI as a user would, and returns its exit code and output. */
export function runCli(args: readonly string[], cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [...GENERATE_COMMAND, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
