import type { SpecError } from '../load/spec-error.ts'
import type { Loc, Resolver } from '../resolve/resolver.ts'

/**
 * Something legal but suspicious in the spec. Its line and column are found only when it is printed: a large spec
 * may have hundreds, and locating one re-parses its file.
 */
export class SpecWarning {
  constructor(
    readonly loc: Loc,
    readonly detail: string,
    private readonly resolver: Resolver,
    private readonly atKey = false,
  ) {}

  toError(): SpecError {
    return this.resolver.error(this.loc, this.detail, { key: this.atKey })
  }
}

/** The errors and warnings of one validation, each reported once however many ways the walk reaches it. */
export class Findings {
  readonly errors: SpecError[] = []
  readonly warnings: SpecWarning[] = []
  private readonly seen = new Set<string>()

  constructor(readonly resolver: Resolver) {}

  /** An error at the value `loc` names, or with `key` at the key that ends its path (an unknown key, a missing field). */
  error(loc: Loc, detail: string, { key = false } = {}): void {
    if (this.once(loc, detail)) this.errors.push(this.resolver.error(loc, detail, { key }))
  }

  /** A spec error thrown while following a `$ref` (a missing file, bad YAML, a cycle), collected instead. */
  caught(error: SpecError): void {
    if (this.once({ file: error.position.file, path: [error.position.line, error.position.col] }, error.detail)) this.errors.push(error)
  }

  warn(loc: Loc, detail: string, { key = false } = {}): void {
    if (this.once(loc, detail)) this.warnings.push(new SpecWarning(loc, detail, this.resolver, key))
  }

  /** Takes over what another validation found (a Path Item's, maybe kept from a previous run), each still once. */
  adopt(other: { readonly errors: readonly SpecError[]; readonly warnings: readonly SpecWarning[] }): void {
    for (const error of other.errors) this.caught(error)
    for (const warning of other.warnings) if (this.once(warning.loc, warning.detail)) this.warnings.push(warning)
  }

  private once(loc: Loc, detail: string): boolean {
    const key = `${loc.file}\0${loc.path.join('\0')}\0${detail}`
    if (this.seen.has(key)) return false
    this.seen.add(key)
    return true
  }
}
