import type { Located } from '../resolve/resolver.ts'
import { at, checkObject, deref, follow, mapEntries, type Walk } from './objects.ts'
import { checkSchema } from './schema.ts'
import { warnUntypedResponseSchema } from './warnings.ts'

const STATUS = /^([1-5](\d\d|XX)|default)$/

/** An operation's `requestBody`: a Request Body (or a reference to one) with its content. */
export function checkRequestBody(walk: Walk, node: Located): void {
  const target = follow(walk, node, { once: true })
  const body = target && checkObject(walk, 'requestBody', target)
  if (!body) return
  const content = walk.resolver.child(body, 'content')
  if (!content) walk.findings.error(body.loc, "a Request Body needs a 'content' mapping of media types", { key: true })
  else checkContent(walk, content)
}

/** `responses`: status codes (`200`, `2XX`, `default`) to Responses. */
export function checkResponses(walk: Walk, node: Located): void {
  for (const [status, item] of mapEntries(walk, node, "'responses'")) {
    if (status.startsWith('x-')) continue
    if (!STATUS.test(status)) {
      walk.findings.error(at(node.loc, status), `'${status}' is not a response status: use a code such as 200, a range such as 2XX, or default`, { key: true })
      continue
    }
    checkResponse(walk, item, /^2/.test(status))
  }
}

function checkResponse(walk: Walk, node: Located, success: boolean): void {
  const target = follow(walk, node)
  const response = target && checkObject(walk, 'response', target)
  if (!response) return
  if (typeof response.value.description !== 'string') walk.findings.error(response.loc, "a Response needs a 'description'", { key: true })
  const headers = walk.resolver.child(response, 'headers')
  if (headers) for (const [, header] of mapEntries(walk, headers, "'headers'")) checkHeader(walk, header)
  const content = walk.resolver.child(response, 'content')
  if (content) checkContent(walk, content, success)
}

function checkHeader(walk: Walk, node: Located): void {
  const target = follow(walk, node, { once: true })
  const header = target && checkObject(walk, 'header', target)
  if (!header) return
  const schema = walk.resolver.child(header, 'schema')
  if (schema) checkSchema(walk, schema)
  const content = walk.resolver.child(header, 'content')
  if (content) checkContent(walk, content)
}

/** A `content` mapping: media types to Media Type objects; in a success response, a JSON schema should say its type. */
export function checkContent(walk: Walk, node: Located, successResponse = false): void {
  for (const [mediaType, item] of mapEntries(walk, node, "'content'")) {
    const target = follow(walk, item)
    const media = target && checkObject(walk, 'mediaType', target)
    if (!media) continue
    const schema = walk.resolver.child(media, 'schema')
    if (!schema) continue
    checkSchema(walk, schema)
    if (successResponse && /^application\/([\w.-]+\+)?json\b/i.test(mediaType)) {
      const resolved = deref(walk, schema)
      if (resolved) warnUntypedResponseSchema(walk, resolved)
    }
  }
}
