import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface BuildResult {
  readonly code: number | null
  readonly output: string
}

/** `npm run docs:build -- DIR --out-dir OUT [...options]`, as a user runs it, killed after `timeoutMs`. */
export function buildSite(dir: string, outDir: string, timeoutMs: number, options: readonly string[] = []): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const cli = path.join(ROOT, 'generator/tools/site/cli.ts')
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'build', dir, '--out-dir', outDir, ...options], {
      cwd: ROOT,
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`docs:build of ${dir} did not finish within ${timeoutMs / 1000} s\n${output}`))
    }, timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output })
    })
  })
}
