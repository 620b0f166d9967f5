import { realpathSync } from 'node:fs'
import path from 'node:path'
import { displayPath, SpecError } from '../load/spec-error.ts'
import { locate, readYamlFile, type DataPath, type YamlFile } from '../load/yaml-file.ts'

/** Where a value sits in the spec: its file and its key path inside that file. */
export interface Loc {
  readonly file: string
  readonly path: DataPath
}

/** A value of the spec together with where it was read from. */
export interface Located<T = unknown> {
  readonly value: T
  readonly loc: Loc
}

export type JsonObject = { readonly [key: string]: unknown }

/**
 * The location of a child value: its parent's location and its key. The key path is built only when something asks
 * for it (an error, a warning): the walks of validation and the model locate every value of the spec, and copying
 * the whole path for each cost a noticeable share of a run's allocations.
 */
class ChildLoc implements Loc {
  readonly file: string
  private built: DataPath | undefined
  private id: string | undefined

  constructor(
    private readonly parent: Loc,
    private readonly key: string | number,
  ) {
    this.file = parent.file
  }

  get path(): DataPath {
    this.built ??= [...this.parent.path, this.key]
    return this.built
  }

  /** `file#a/b/0`: locKey's text, from the parent's. */
  get pointer(): string {
    this.id ??= `${locKey(this.parent)}${isRoot(this.parent) ? '' : '/'}${this.key}`
    return this.id
  }
}

function isRoot(loc: Loc): boolean {
  return loc instanceof ChildLoc ? false : loc.path.length === 0
}

/** One text per location, `file#key/key/…`: what the walks remember a visited value or a followed `$ref` by. */
export function locKey(loc: Loc): string {
  return loc instanceof ChildLoc ? loc.pointer : `${loc.file}#${loc.path.join('/')}`
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Loads spec files on demand and follows `$ref`s across files and JSON pointers.
 * Every value handed out carries its location, so any later stage can report `file:line:col`.
 */
export class Resolver {
  private readonly files = new Map<string, YamlFile>()
  /** The files `$ref`s lead to while `recordFiles` runs. */
  private recording: Set<string> | undefined
  readonly root: Located
  /** The folders a `$ref` may lead into: the root document's and any the user allowed (`--allow-external-refs`). */
  private readonly allowedRoots: readonly string[]

  /**
   * `parsed`: files already parsed (kept from a session's previous run); any other file is read when first needed.
   * `allowExternalRefs`: folders besides the root document's that `$ref`s may lead into.
   */
  constructor(
    rootFile: string,
    private readonly parsed: ReadonlyMap<string, YamlFile> = new Map(),
    { allowExternalRefs = [] }: ResolverOptions = {},
  ) {
    const file = path.resolve(rootFile)
    this.allowedRoots = [path.dirname(file), ...allowExternalRefs.map((dir) => path.resolve(dir))].map(realFolder)
    this.root = { value: this.load(file).data, loc: { file, path: [] } }
  }

  /** Every file read so far, sorted: what a spec run depended on. */
  loadedFiles(): string[] {
    return [...this.files.keys()].sort()
  }

  /** A file read so far, with its text and data. */
  source(file: string): YamlFile | undefined {
    return this.files.get(file)
  }

  /** Runs `action` and returns, with its result, every file a `$ref` led to meanwhile: what the result depends on. */
  recordFiles<T>(action: () => T): { result: T; files: ReadonlySet<string> } {
    const outer = this.recording
    const files = new Set<string>()
    this.recording = files
    try {
      return { result: action(), files }
    } finally {
      this.recording = outer
      if (outer) for (const file of files) outer.add(file)
    }
  }

  /** A spec error at the value `loc` names, or with `key` at the mapping key that ends its path. */
  error(loc: Loc, message: string, { key = false } = {}): SpecError {
    const source = this.files.get(loc.file)
    if (!source) return new SpecError({ file: loc.file, line: 1, col: 1 }, message)
    const position = locate(source, loc.path, { key })
    return new SpecError(position, message, source.text.split('\n')[position.line - 1]?.replace(/\r$/, ''))
  }

  child(node: Located, key: string | number): Located | undefined {
    const parent = node.value as Record<string | number, unknown> | null
    if (parent === null || typeof parent !== 'object' || !(key in parent)) return undefined
    return { value: parent[key], loc: new ChildLoc(node.loc, key) }
  }

  /** The object's own entries in document order, each located. */
  entries(node: Located): [string, Located][] {
    if (!isObject(node.value)) return []
    return Object.keys(node.value).map((key) => [key, this.child(node, key)!])
  }

  /**
   * Follows a chain of `$ref`s to the value they name. Keys beside a `$ref`
   * (allowed in OpenAPI 3.1) override the same keys of the target.
   */
  deref(node: Located): Located {
    // Most values are not references: answered without allocating anything.
    if (!isObject(node.value) || typeof node.value.$ref !== 'string') return node
    let current = node
    const siblings: JsonObject[] = []
    const seen = new Set<string>()
    while (isObject(current.value) && typeof current.value.$ref === 'string') {
      const { $ref, ...rest } = current.value
      if (Object.keys(rest).length > 0) siblings.unshift(rest)
      const target = this.target($ref as string, current)
      const key = locKey(target.loc)
      if (seen.has(key)) throw this.error(current.loc, `circular $ref '${$ref}'`)
      seen.add(key)
      current = target
    }
    if (siblings.length === 0) return current
    if (!isObject(current.value)) throw this.error(node.loc, 'a $ref with sibling keys must point at an object')
    return { value: Object.assign({}, current.value, ...siblings), loc: current.loc }
  }

  private target(ref: string, from: Located): Located {
    // Its key path is built only if an error needs it.
    const refLoc: Loc = new ChildLoc(from.loc, '$ref')
    const hash = ref.indexOf('#')
    const filePart = hash === -1 ? ref : ref.slice(0, hash)
    const pointer = hash === -1 ? '' : ref.slice(hash + 1)
    if (/^[a-z][a-z0-9+.-]*:/i.test(filePart)) throw this.error(refLoc, `unsupported $ref '${ref}': only relative file references are supported`)
    const file = filePart === '' ? from.loc.file : path.resolve(path.dirname(from.loc.file), safeDecode(filePart))
    this.recording?.add(file)
    if (!this.files.has(file) && !this.isAllowed(file)) {
      throw this.error(
        refLoc,
        `$ref '${ref}' leads outside the spec's folder (${displayPath(this.allowedRoots[0]!)}); pass --allow-external-refs DIR to allow another folder`,
      )
    }
    const source = this.load(file, () => this.error(refLoc, `$ref '${ref}' points at a missing file`))
    let located: Located = { value: source.data, loc: { file, path: [] } }
    for (const token of parsePointer(pointer)) {
      const next = this.child(located, Array.isArray(located.value) ? Number(token) : token)
      if (!next) throw this.error(refLoc, `$ref '${ref}' points at a missing JSON pointer (no '${token}')`)
      located = next
    }
    return located
  }

  /** Whether `file` (after symbolic links) lies in one of the allowed folders; a missing file is judged by its path. */
  private isAllowed(file: string): boolean {
    let real = file
    try {
      // The system's realpath: one call, where the JavaScript one walks every component of the path (≈ 0.1 s a corpus).
      real = realpathSync.native(file)
    } catch {
      real = path.join(realFolder(path.dirname(file)), path.basename(file))
    }
    return this.allowedRoots.some((root) => {
      const relative = path.relative(root, real)
      return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative))
    })
  }

  private load(file: string, referencedFrom?: () => SpecError): YamlFile {
    let source = this.files.get(file)
    if (!source) {
      source = this.parsed.get(file) ?? readYamlFile(file, referencedFrom)
      this.files.set(file, source)
    }
    return source
  }
}

export interface ResolverOptions {
  readonly allowExternalRefs?: readonly string[]
}

/** A folder with its symbolic links resolved (as far as it exists), so that containment is judged on real paths. */
function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir)
  } catch {
    const parent = path.dirname(dir)
    return parent === dir ? dir : path.join(realFolder(parent), path.basename(dir))
  }
}

function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : []
  return safeDecode(pointer)
    .replace(/^\//, '')
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
