// The spec's webhooks follow the project's convention (until the generator reads them, nothing else checks it):
// one file per event under spec/webhooks/ named by its key, a request body that is the shared envelope with the
// key as its event_type, an x-decrypted-resource schema, and every `required` name among the schema's properties.

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT } from '../helpers.ts'

type Node = Record<string, unknown>

/** Follows `$ref`s (`./file.yaml#/a/b`, `#/a/b`) from `file`; returns the value and the file it lives in. */
function deref(value: unknown, file: string): { value: unknown; file: string } {
  let current = { value, file }
  for (let hops = 0; hops < 20; hops += 1) {
    const ref = (current.value as Node | null)?.['$ref']
    if (typeof ref !== 'string') return current
    const [target = '', pointer = ''] = ref.split('#')
    const nextFile = target === '' ? current.file : path.resolve(path.dirname(current.file), target)
    let node: unknown = parse(readFileSync(nextFile, 'utf8'))
    for (const key of pointer.split('/').filter(Boolean)) node = (node as Node)[key.replace(/~1/g, '/').replace(/~0/g, '~')]
    current = { value: node, file: nextFile }
  }
  throw new Error(`$ref loop from ${file}`)
}

/** `required` names that are not properties, anywhere in the schema (objects, items, allOf members). */
function requiredNotDeclared(schema: unknown, file: string, where: string, problems: string[]): void {
  const { value, file: at } = deref(schema, file)
  if (typeof value !== 'object' || value === null) return
  const node = value as Node
  const properties = (node['properties'] ?? {}) as Node
  for (const name of (node['required'] ?? []) as string[]) {
    if (!(name in properties)) problems.push(`${where}: required ${name} is not a property`)
  }
  for (const [name, property] of Object.entries(properties)) requiredNotDeclared(property, at, `${where}.${name}`, problems)
  if (node['items'] !== undefined) requiredNotDeclared(node['items'], at, `${where}[]`, problems)
  for (const member of (node['allOf'] ?? []) as unknown[]) requiredNotDeclared(member, at, where, problems)
}

function webhookProblems(rootFile: string): string[] {
  const problems: string[] = []
  const webhooks = (parse(readFileSync(rootFile, 'utf8')) as Node)['webhooks'] as Node | undefined
  if (webhooks === undefined) return ['no webhooks']
  for (const [eventType, entry] of Object.entries(webhooks)) {
    if ((entry as Node)['$ref'] !== `./webhooks/${eventType}.yaml`) problems.push(`${eventType}: not $ref ./webhooks/${eventType}.yaml`)
    const { value: pathItem, file } = deref(entry, rootFile)
    const post = (pathItem as Node)['post'] as Node | undefined
    if (post === undefined) {
      problems.push(`${eventType}: no post`)
      continue
    }
    const body = deref(post['requestBody'], file)
    const schema = ((body.value as Node)['content'] as Node)?.['application/json'] as Node | undefined
    const members = ((schema?.['schema'] as Node | undefined)?.['allOf'] ?? []) as Node[]
    if (!members.some((member) => String(member['$ref']).endsWith('definitions.yaml#/schemas/Notification'))) {
      problems.push(`${eventType}: the request body is not an allOf of the shared Notification`)
    }
    const narrowed = members.map((member) => (member['properties'] as Node | undefined) ?? {})
    if (!narrowed.some((properties) => (properties['event_type'] as Node | undefined)?.['const'] === eventType)) {
      problems.push(`${eventType}: no event_type const ${eventType}`)
    }
    const decrypted = (post['x-decrypted-resource'] as Node | undefined)?.['schema']
    const resolved = decrypted === undefined ? undefined : deref(decrypted, file)
    if (resolved === undefined || (resolved.value as Node)['type'] !== 'object') problems.push(`${eventType}: no x-decrypted-resource object schema`)
    else requiredNotDeclared(resolved.value, resolved.file, `${eventType} resource`, problems)
    requiredNotDeclared(schema?.['schema'], body.file, `${eventType} body`, problems)
  }
  return problems
}

const workdir = mkdtempSync(path.join(tmpdir(), 'webhooks-spec-'))
afterAll(() => rmSync(workdir, { recursive: true, force: true }))

describe('spec/ webhooks', () => {
  it("cover the issue's six events, each following the convention", () => {
    const webhooks = (parse(readFileSync(path.join(ROOT, 'spec/openapi.yaml'), 'utf8')) as Node)['webhooks'] as Node
    expect(Object.keys(webhooks)).toEqual(
      expect.arrayContaining(['TRANSACTION.SUCCESS', 'REFUND.SUCCESS', 'REFUND.ABNORMAL', 'REFUND.CLOSED', 'PROFITSHARING.SUCCESS', 'PROFITSHARING.RETURN']),
    )
    expect(webhookProblems(path.join(ROOT, 'spec/openapi.yaml'))).toEqual([])
  })

  it('the check finds a misspelt event type and a required field that is not a property', () => {
    const copy = path.join(workdir, 'spec')
    cpSync(path.join(ROOT, 'spec'), copy, { recursive: true })
    const refund = path.join(copy, 'webhooks/REFUND.CLOSED.yaml')
    writeFileSync(refund, readFileSync(refund, 'utf8').replace('const: REFUND.CLOSED', 'const: REFUND.CLOSE'))
    const definitions = path.join(copy, 'webhooks/definitions.yaml')
    writeFileSync(definitions, readFileSync(definitions, 'utf8').replace('      - refund_status\n', '      - refund_state\n'))
    const problems = webhookProblems(path.join(copy, 'openapi.yaml'))
    expect(problems).toContain('REFUND.CLOSED: no event_type const REFUND.CLOSED')
    expect(problems).toContain('REFUND.SUCCESS resource: required refund_state is not a property')
  })
})
