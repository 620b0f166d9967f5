// Builds the SDK package as a user gets it: generate → npm pack → npm install (offline) of the tarball into a copy
// of the consumer project in test/package/consumer/. Everything lives in a scratch folder under .tmp/.

import { execFile } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { generate, type GeneratedOutput } from '../../generator/index.ts'
import { ROOT, scratchDir } from '../helpers.ts'

export const CONSUMER_FIXTURE = path.join(ROOT, 'test/package/consumer')

export interface CommandResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a command without blocking the event loop (the simulator lives in the test process). */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { cwd: options.cwd, env: { ...process.env, NODE_OPTIONS: '', ...options.env }, timeout: options.timeout ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1
        resolve({ code, stdout, stderr: error !== null && stderr === '' ? String(error) : stderr })
      },
    )
  })
}

/** `npm …` preferring the local cache; the registry is asked only for what the cache lacks (axios's metadata on a fresh machine). */
function npm(args: readonly string[], cwd: string): Promise<CommandResult> {
  return run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd,
    env: { npm_config_update_notifier: 'false' },
  })
}

export interface InstalledPackage {
  readonly generated: GeneratedOutput
  /** The generated package directory. */
  readonly packageDir: string
  readonly tarball: string
  /** Paths in the tarball, relative to its `package/` folder. */
  readonly packedFiles: readonly string[]
  /** The consumer project with the tarball installed. */
  readonly consumerDir: string
  readonly scratch: string
}

export async function buildAndInstall(spec: string): Promise<InstalledPackage> {
  const scratch = scratchDir('package')
  const generated = await generate(spec)
  const packageDir = path.join(scratch, 'package')
  for (const [file, text] of generated.files) {
    mkdirSync(path.dirname(path.join(packageDir, file)), { recursive: true })
    writeFileSync(path.join(packageDir, file), text)
  }

  const packs = path.join(scratch, 'packs')
  mkdirSync(packs)
  const packed = await npm(['pack', '--json', '--pack-destination', packs], packageDir)
  if (packed.code !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`)
  const [report] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
  const tarball = path.join(packs, report!.filename)

  const consumerDir = path.join(scratch, 'consumer')
  cpSync(CONSUMER_FIXTURE, consumerDir, { recursive: true, filter: (source) => !/[\\/]node_modules([\\/]|$)/.test(source) })
  const installed = await npm(['install', tarball], consumerDir)
  if (installed.code !== 0) throw new Error(`npm install of the tarball failed:\n${installed.stderr}`)
  return { generated, packageDir, tarball, packedFiles: report!.files.map((file) => file.path).sort(), consumerDir, scratch }
}

/** Removes the scratch folder (set KEEP_PACKAGE_SCRATCH=1 to look at it after a run). */
export function removeScratch(dir: string | undefined): void {
  if (dir !== undefined && process.env['KEEP_PACKAGE_SCRATCH'] !== '1') rmSync(dir, { recursive: true, force: true })
}

/** Runs one of the consumer's scripts with `input` as its scenario; returns its exit status and the facts it wrote. */
export async function runConsumerScript(installed: InstalledPackage, script: string, input: unknown): Promise<CommandResult & { result: unknown }> {
  const name = path.basename(script).replace(/\W/g, '-')
  const scenario = path.join(installed.scratch, `${name}.scenario.json`)
  const resultFile = path.join(installed.scratch, `${name}.result.json`)
  writeFileSync(scenario, JSON.stringify(input))
  const outcome = await run(process.execPath, [script], {
    cwd: installed.consumerDir,
    env: { WECHATPAY_SCENARIO: scenario, WECHATPAY_RESULT: resultFile },
  })
  return { ...outcome, result: existsSync(resultFile) ? (JSON.parse(readFileSync(resultFile, 'utf8')) as unknown) : undefined }
}
