import type { Docs, Operation } from '../../model/types.ts'

/**
 * A JSDoc block of `lines` at `pad`; nothing when there are no lines. `compact` (the typings) writes a one-line
 * comment as `/** text *\/`, as ts-morph did when it printed them; pages always write the block.
 */
export function jsDoc(lines: readonly string[], pad: string, { compact = false } = {}): string[] {
  if (lines.length === 0) return []
  // `*/` would end the comment early; a line of text may hold newlines of its own (an example).
  const text: string[] = []
  for (const line of lines) {
    const safe = (line.includes('*/') ? line.replace(/\*\//g, '*\\/') : line).trimEnd()
    if (safe.includes('\n')) text.push(...safe.split(/\r?\n/))
    else text.push(safe)
  }
  if (compact && text.length === 1) return [`${pad}/** ${text[0]} */`]
  if (compact && text[0] === '') text.shift()
  return [`${pad}/**`, ...text.map((line) => (line === '' ? `${pad} *` : `${pad} * ${line}`)), `${pad} */`]
}

/** The JSDoc line of a field the client encrypts (requests) and `wxpay.decrypt` reads (answers). */
export const SENSITIVE_LINE = '@sensitive 敏感信息：请求时由 SDK 用微信支付公钥加密；应答中的用 wxpay.decrypt() 解密'

/** What a property's JSDoc says: its description, whether it is sensitive, examples and deprecation. */
export function docLines(docs: Docs): string[] {
  const lines: string[] = []
  if (docs.description) lines.push(...docs.description.split(/\r?\n/))
  if (docs.sensitive) lines.push(SENSITIVE_LINE)
  for (const example of docs.examples ?? []) lines.push(`@example ${typeof example === 'string' ? example : JSON.stringify(example)}`)
  if (docs.deprecated) lines.push('@deprecated')
  return lines
}

/** What a method's JSDoc says (`name` is `shortland` for the call signature): its name, deprecation, link. */
export function methodDocLines(operation: Operation, name: string): string[] {
  return [name, ...(operation.deprecated ? ['@deprecated'] : []), ...(operation.docLink ? [`@link ${operation.docLink}`] : [])]
}
