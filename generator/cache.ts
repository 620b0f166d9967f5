import type { ModelCache } from './model/index.ts'
import type { Operation, Page, Webhook } from './model/types.ts'
import { ValidationCache } from './validate/index.ts'

/**
 * What a generation session (`--watch`) keeps from one run for the next, in one place. The model keeps the Path
 * Items whose files did not change, objects and all; the emitters then find what they made from those objects
 * here. Outside a session there is no cache, and nothing is reused.
 */
export interface GenerationCache {
  /** The model of each Path Item, with the files it was made from. */
  readonly paths: ModelCache['paths']
  /** The model of each webhook, with the files it was made from. */
  readonly webhooks: ModelCache['webhooks']
  /** Each webhook page's Markdown, by webhook. */
  readonly webhookPages: WeakMap<Webhook, string>
  /** Each page's Markdown, by page. */
  readonly pages: WeakMap<Page, string>
  /** Each operation's namespace in the declaration file, printed, by operation. */
  readonly operationNamespaces: WeakMap<Operation, string>
  /** Each Path Item's validation findings, so that only the changed ones are checked again. */
  readonly validation: ValidationCache
  /** Each operation's entry in the simulator's data as compact JSON, by operation: what that data is compared by. */
  readonly simulatorOperations: WeakMap<Operation, string>
  /** The large texts of the last run, by output file, with the parts they were made from (emit/shared/reused-text.ts). */
  readonly texts: Map<string, { readonly parts: readonly string[]; readonly text: string }>
  /** The compiled runtime (it depends on the generator's files only). */
  runtime: Promise<Map<string, string>> | undefined
}

export function createCache(): GenerationCache {
  return {
    paths: new Map(),
    webhooks: new Map(),
    webhookPages: new WeakMap(),
    pages: new WeakMap(),
    operationNamespaces: new WeakMap(),
    simulatorOperations: new WeakMap(),
    texts: new Map(),
    validation: new ValidationCache(),
    runtime: undefined,
  }
}
