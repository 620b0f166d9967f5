import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { afterAll, describe, expect, it } from 'vitest'
import { buildModel } from '../../../generator/model/index.ts'
import type { Operation } from '../../../generator/model/types.ts'
import { Resolver } from '../../../generator/resolve/resolver.ts'
import { changesBetween } from '../../../generator/tools/changes/index.ts'
import { ROOT, scratchDir } from '../../helpers.ts'

const CORPUS = path.resolve(ROOT, '../shared/corpus')
const dir = scratchDir('changes-whole')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Edits a YAML file of the copy in place, keeping the rest of its text as it was. */
function editYaml(file: string, edit: (document: ReturnType<typeof parseDocument>) => void): void {
  const document = parseDocument(readFileSync(file, 'utf8'))
  edit(document)
  writeFileSync(file, document.toString({ lineWidth: 0 }))
}

type Edit = 'required field' | 'description' | 'deprecation' | 'removal'

/**
 * Copies a spec, makes a few edits chosen from its own model (so the case follows the spec as it grows), and
 * returns the edited copy with the changes the tool must report (no more, no fewer) and the file the new field is in.
 */
function editedCopy(source: string, name: string, edits: readonly Edit[]): { copy: string; want: string[]; fieldFile?: string } {
  const copyDir = path.join(dir, name)
  cpSync(path.dirname(source), copyDir, { recursive: true })
  const copy = path.join(copyDir, path.basename(source))
  const model = buildModel(new Resolver(source))
  const inCopy = (file: string) => path.join(copyDir, path.relative(path.dirname(source), file))
  const chain = (operation: Operation) => `wxpay.${operation.chain.join('.')}.${operation.method}`
  const byPath = new Map<string, Operation[]>()
  for (const operation of model.operations) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation])
  const want: string[] = []
  let fieldFile: string | undefined
  const used = new Set<string>()
  const pick = (test: (operation: Operation) => boolean) => {
    const found = model.operations.find((operation) => !used.has(operation.path) && !used.has(operation.source.file) && test(operation))
    if (!found) throw new Error(`no operation in ${source} suits this edit`)
    used.add(found.path)
    used.add(found.source.file)
    return found
  }

  const requestSchema = (operation: Operation) => [...operation.source.path, 'requestBody', 'content', 'application/json', 'schema']
  // A required field added to an inline JSON request body.
  if (edits.includes('required field')) {
    const withInlineBody = pick((operation) => {
      if (operation.request.kind !== 'json' || operation.request.type.kind !== 'object') return false
      const node = parseDocument(readFileSync(operation.source.file, 'utf8')).getIn(requestSchema(operation), true) as
        { get?: (key: string) => unknown } | undefined
      return !!node?.get && !node.get('$ref') && !!node.get('properties') && !node.get('allOf')
    })
    fieldFile = inCopy(withInlineBody.source.file)
    editYaml(fieldFile, (document) => {
      document.setIn([...requestSchema(withInlineBody), 'properties', 'changes_test_field'], { type: 'string' })
      const required = document.getIn([...requestSchema(withInlineBody), 'required'])
      if (required) document.addIn([...requestSchema(withInlineBody), 'required'], 'changes_test_field')
      else document.setIn([...requestSchema(withInlineBody), 'required'], ['changes_test_field'])
    })
    want.push(`breaking request-field-added ${chain(withInlineBody)}`)
  }

  // A description reworded.
  if (edits.includes('description')) {
    const reworded = pick((operation) => !operation.deprecated)
    editYaml(inCopy(reworded.source.file), (document) => {
      const current = document.getIn([...reworded.source.path, 'description'])
      document.setIn([...reworded.source.path, 'description'], `改过：${typeof current === 'string' ? current : ''}`)
    })
    want.push(`fix description-changed ${chain(reworded)}`)
  }

  // An operation deprecated.
  if (edits.includes('deprecation')) {
    const deprecated = pick((operation) => !operation.deprecated)
    editYaml(inCopy(deprecated.source.file), (document) => document.setIn([...deprecated.source.path, 'deprecated'], true))
    want.push(`fix deprecated ${chain(deprecated)}`)
  }

  // A whole path removed from the root document.
  if (edits.includes('removal')) {
    const removed = pick(() => true)
    editYaml(copy, (document) => document.deleteIn(['paths', removed.path]))
    for (const operation of byPath.get(removed.path)!) want.push(`breaking operation-removed ${chain(operation)}`)
  }
  return { copy, want: want.sort(), ...(fieldFile ? { fieldFile } : {}) }
}

/** The changes as `class kind chain`; the new field's location must lie in the file that was edited. */
function reported(from: string, to: string, fieldFile: string | undefined): string[] {
  const { changes } = changesBetween(from, to)
  const field = changes.find((change) => change.kind === 'request-field-added')
  if (fieldFile) expect(field?.location.replace(/:\d+:\d+$/, '')).toBe(path.relative(process.cwd(), fieldFile))
  return changes.map((change) => `${change.class} ${change.kind} ${change.chain}`).sort()
}

describe('whole specs', () => {
  it('spec/ against a copy with a required request field added and a path removed: exactly those changes', () => {
    const source = path.join(ROOT, 'spec/openapi.yaml')
    const { copy, want, fieldFile } = editedCopy(source, 'spec-edited', ['required field', 'removal'])
    expect(want).toHaveLength(2)
    expect(reported(source, copy, fieldFile)).toEqual(want)
  })

  it.skipIf(!existsSync(path.join(CORPUS, 'openapi.yaml')))(
    '../shared/corpus against a copy with a few edits: exactly those changes (skipped when ../shared/corpus is absent)',
    () => {
      const source = path.join(CORPUS, 'openapi.yaml')
      const { copy, want, fieldFile } = editedCopy(source, 'corpus-edited', ['required field', 'description', 'deprecation', 'removal'])
      expect(want.length).toBeGreaterThanOrEqual(4)
      expect(reported(source, copy, fieldFile)).toEqual(want)
    },
  )
})
