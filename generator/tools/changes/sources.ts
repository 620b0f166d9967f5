import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** One side of the comparison on disk: the root document, how to name its files in messages, and the clean-up. */
export interface SpecInput {
  /** As the user named it: `HEAD~1`, `spec/`. */
  readonly label: string
  readonly rootFile: string
  /** A file of this side as messages show it: relative to the working directory, or `REV:path` for a revision. */
  display(file: string): string
  dispose(): void
}

/** A side that cannot be read: a missing folder, an unknown revision. One line, no stack. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

export const DEFAULT_SPEC_PATH = 'spec/openapi.yaml'

export interface OpenOptions {
  readonly cwd?: string
  /** The root document inside a revision (default spec/openapi.yaml); `REV:path` overrides it. */
  readonly specPath?: string
}

/**
 * `REF_OR_DIR` → a spec on disk. An existing folder or file is read where it is (a folder's openapi.yaml, else its
 * spec/openapi.yaml); anything else is a git revision, optionally `REV:path`, whose spec folder is extracted with
 * `git archive` into a temporary folder: the work tree and the index are never touched.
 */
export function openInput(ref: string, { cwd = process.cwd(), specPath }: OpenOptions = {}): SpecInput {
  const candidate = path.resolve(cwd, ref)
  if (existsSync(candidate)) return openPath(ref, candidate, cwd)
  return openRevision(ref, cwd, specPath)
}

function openPath(label: string, candidate: string, cwd: string): SpecInput {
  let rootFile = candidate
  if (statSync(candidate).isDirectory()) {
    const found = [path.join(candidate, 'openapi.yaml'), path.join(candidate, DEFAULT_SPEC_PATH)].find((file) => existsSync(file))
    if (!found) throw new InputError(`${label}: no openapi.yaml (nor ${DEFAULT_SPEC_PATH}) in this folder`)
    rootFile = found
  }
  return { label, rootFile, display: (file) => relativeTo(cwd, file), dispose: () => {} }
}

function openRevision(ref: string, cwd: string, specPath: string | undefined): SpecInput {
  const colon = ref.indexOf(':')
  const revision = colon === -1 ? ref : ref.slice(0, colon)
  const inside = path.posix.normalize((colon === -1 ? specPath : ref.slice(colon + 1)) || DEFAULT_SPEC_PATH).replace(/^\.\//, '')
  const top = git(cwd, ['rev-parse', '--show-toplevel'])
  if (top.status !== 0) throw new InputError(`'${ref}' is neither a folder, a file nor a git revision (not inside a git repository)`)
  const root = top.stdout.toString().trim()
  const commit = git(root, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
  if (commit.status !== 0) {
    const shallow = git(root, ['rev-parse', '--is-shallow-repository']).stdout.toString().trim() === 'true'
    throw new InputError(
      `'${ref}' is neither a folder, a file nor a known git revision${shallow ? ' (this is a shallow clone: git fetch --unshallow brings the history)' : ''}`,
    )
  }
  const id = commit.stdout.toString().trim()
  if (git(root, ['cat-file', '-e', `${id}:${inside}`]).status !== 0)
    throw new InputError(`${revision} has no ${inside} (give the root document as REV:path or --spec-path)`)

  // Only the root document's folder is extracted: the spec's $refs stay inside it.
  const folder = path.posix.dirname(inside)
  const archive = git(root, ['archive', '--format=tar', id, ...(folder === '.' ? [] : ['--', folder])])
  if (archive.status !== 0) throw new InputError(`git archive ${revision} failed: ${firstLine(archive.stderr.toString())}`)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wechatpay-changes-'))
  const dispose = () => rmSync(dir, { recursive: true, force: true })
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 64 * 1024 * 1024 })
  if (untar.status !== 0) {
    dispose()
    throw new InputError(`cannot extract ${revision}: ${firstLine(untar.stderr.toString())}`)
  }
  return {
    label: ref,
    rootFile: path.join(dir, ...inside.split('/')),
    display: (file) => `${revision}:${path.relative(dir, file).split(path.sep).join('/')}`,
    dispose,
  }
}

function git(cwd: string, args: readonly string[]) {
  return spawnSync('git', args, { cwd, maxBuffer: 1024 * 1024 * 1024 })
}

function relativeTo(cwd: string, file: string): string {
  const relative = path.relative(cwd, file)
  return (relative === '' ? file : relative).split(path.sep).join('/')
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? ''
}
