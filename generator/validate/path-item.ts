import { isObject, type JsonObject, type Located } from '../resolve/resolver.ts'
import { checkContent, checkRequestBody, checkResponses } from './content.ts'
import { at, checkObject, follow, listItems, type Walk } from './objects.ts'
import { checkTemplate, type DeclaredParameter } from './path-template.ts'
import { checkSchema } from './schema.ts'
import { warnUndeclaredTags } from './warnings.ts'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const
const LOCATIONS = ['path', 'query', 'header']

/** A Path Item of `paths` (with `urlPath`, whose template variables its parameters must match) or of `webhooks`. */
export function checkPathItem(walk: Walk, node: Located, urlPath: string | undefined, declaredTags: ReadonlySet<string>): void {
  const target = follow(walk, node)
  const item = target && checkObject(walk, 'pathItem', target)
  if (!item) return
  const shared = parameterList(walk, item)
  for (const method of METHODS) {
    const operationNode = walk.resolver.child(item, method)
    if (!operationNode) continue
    const operation = follow(walk, operationNode)
    const checked = operation && checkObject(walk, 'operation', operation)
    if (!checked) continue
    const own = parameterList(walk, checked)
    if (urlPath !== undefined) checkTemplate(walk, urlPath, method, checked, [...shared, ...own])
    checkOperation(walk, checked, declaredTags)
  }
}

function checkOperation(walk: Walk, operation: Located<JsonObject>, declaredTags: ReadonlySet<string>): void {
  const requestBody = walk.resolver.child(operation, 'requestBody')
  if (requestBody) checkRequestBody(walk, requestBody)
  const responses = walk.resolver.child(operation, 'responses')
  if (responses) checkResponses(walk, responses)
  warnUndeclaredTags(walk, operation, declaredTags)
}

/** The valid parameters of a Path Item or Operation's `parameters`, each checked; the invalid ones are reported. */
function parameterList(walk: Walk, owner: Located<JsonObject>): DeclaredParameter[] {
  const list = walk.resolver.child(owner, 'parameters')
  if (!list) return []
  const declared: DeclaredParameter[] = []
  for (const entry of listItems(walk, list, "'parameters'")) {
    const target = follow(walk, entry)
    const parameter = target && checkParameter(walk, target)
    if (parameter) declared.push(parameter)
  }
  return declared
}

function checkParameter(walk: Walk, node: Located): DeclaredParameter | undefined {
  const parameter = checkObject(walk, 'parameter', node)
  if (!parameter) return undefined
  const { name, in: location } = parameter.value
  let valid = true
  if (typeof name !== 'string' || name === '') {
    if (!('name' in parameter.value)) walk.findings.error(parameter.loc, "a parameter needs a 'name'")
    valid = false
  }
  if (!('in' in parameter.value)) {
    walk.findings.error(parameter.loc, "a parameter needs an 'in' (path, query or header)")
    valid = false
  } else if (typeof location !== 'string' || !LOCATIONS.includes(location)) {
    walk.findings.error(at(parameter.loc, 'in'), `unsupported parameter location '${String(location)}' (use path, query or header)`)
    valid = false
  }
  if (location === 'path' && parameter.value.required !== true) {
    walk.findings.error(at(parameter.loc, 'required' in parameter.value ? 'required' : 'name'), "a path parameter must say 'required: true'")
  }
  const schema = walk.resolver.child(parameter, 'schema')
  if (schema) checkSchema(walk, schema)
  const content = walk.resolver.child(parameter, 'content')
  if (content) checkContent(walk, content)
  return valid && isObject(parameter.value) ? { name: name as string, in: location as string, node: parameter } : undefined
}
