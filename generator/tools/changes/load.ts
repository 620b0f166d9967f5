import { buildModel } from '../../model/index.ts'
import type { ApiModel } from '../../model/types.ts'
import { Resolver, type Loc } from '../../resolve/resolver.ts'
import { SpecLocator } from './spec-locator.ts'
import type { SpecInput } from './sources.ts'
import { endpointsOf } from './surface.ts'
import type { Endpoint } from './types.ts'

/** One side, built with the generator's own pipeline (Resolver + buildModel). */
export interface Side {
  readonly input: SpecInput
  readonly model: ApiModel
  readonly endpoints: readonly Endpoint[]
  readonly locator: SpecLocator
  /** `file:line:col` of a location on this side, the file named as `input.display` names it. */
  where(loc: Loc): string
}

/** The spec of one side has problems: one `file:line:col: message` line each, as `npm run generate` prints them. */
export class SideSpecError extends Error {
  override readonly name = 'SideSpecError'
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'))
  }
}

interface PositionedError {
  readonly position: { readonly file: string; readonly line: number; readonly col: number }
  readonly detail: string
}

export function loadSide(input: SpecInput): Side {
  let resolver: Resolver
  let model: ApiModel
  try {
    resolver = new Resolver(input.rootFile)
    model = buildModel(resolver)
  } catch (error) {
    const problems = specProblems(error)
    if (!problems) throw error
    throw new SideSpecError(problems.map(({ position, detail }) => `${input.display(position.file)}:${position.line}:${position.col}: ${detail}`))
  }
  const where = (loc: Loc) => {
    const { position } = resolver.error(loc, '')
    return `${input.display(position.file)}:${position.line}:${position.col}`
  }
  return { input, model, endpoints: endpointsOf(model), locator: new SpecLocator(resolver), where }
}

/** The generator's spec errors (SpecError, or SpecErrors holding several), recognised by shape. */
function specProblems(error: unknown): PositionedError[] | undefined {
  const single = (value: unknown): value is PositionedError =>
    typeof value === 'object' && value !== null && 'position' in value && 'detail' in value && typeof (value as PositionedError).detail === 'string'
  if (single(error)) return [error]
  const many = (error as { errors?: unknown } | null)?.errors
  if (Array.isArray(many) && many.length > 0 && many.every(single)) return many
  return undefined
}
