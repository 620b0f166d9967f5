import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'

let loaded: typeof Yaml | undefined

/**
 * The `yaml` package, loaded on first use. A run over a valid spec never needs it (js-yaml parses, pages quote
 * their few scalars themselves), and loading it costs about 0.1 s of every start-up. Its Node.js entry is CommonJS,
 * the same module an `import` would give.
 */
export function yamlLibrary(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml
  return loaded
}
