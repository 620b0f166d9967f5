import { hasDate, received } from './received.ts'
import { containsKind } from './type-contains.ts'
import type { Declaration, Operation, OperationNames, OperationTypes, Parameter, Property, TypeNode } from './types.ts'

const STRING: TypeNode = { kind: 'keyword', name: 'string' }

/**
 * How one operation looks in TypeScript: `JsonDataRequest` / `BinaryDataRequest`, `RequestConfig`, `WellformedResponse`,
 * and the method's signature. The typings and the pages both print from this, so they cannot disagree but where
 * the pages follow the public site: its `WellformedResponse` keeps `string | Date` for a `date-time`.
 */
export function operationTypes(operation: Omit<Operation, 'types' | 'contract'>): OperationTypes {
  const { method, request, response } = operation
  const declarations: Declaration[] = []
  const configMembers: Property[] = []
  const takesData = method === 'post' || method === 'put' || method === 'patch'
  let bodyMembers: string[] = []

  if (request.kind === 'json') {
    declarations.push(declare('JsonDataRequest', request.type))
    bodyMembers = request.type.kind === 'object' ? request.type.properties.map((p) => p.name) : []
  } else if (request.kind === 'multipart') {
    declarations.push({
      kind: 'interface',
      name: 'BinaryDataRequest',
      properties: [
        { name: 'meta', type: STRING, optional: false },
        { name: 'file', type: { kind: 'stream' }, optional: false },
      ],
    })
    bodyMembers = ['meta', 'file']
  } else if (takesData) {
    // A POST/PUT/PATCH without a body still takes `data` first, as every such method does: an empty object.
    declarations.push({ kind: 'interface', name: 'JsonDataRequest', properties: [] })
  }
  const body = declarations[0]
  // `data?` in the config too, as the public site's pages declare it (a bodiless POST's empty `JsonDataRequest` included).
  if (body) configMembers.push({ name: 'data', type: { kind: 'reference', name: body.name }, optional: true })
  configMembers.push(...operation.pathParameters)
  if (operation.queryParameters.length > 0) {
    configMembers.push({
      name: 'params',
      type: { kind: 'object', properties: operation.queryParameters },
      optional: operation.queryParameters.every((p) => p.optional),
    })
  }
  if (operation.headerParameters.length > 0) {
    configMembers.push({
      name: 'headers',
      type: { kind: 'object', properties: operation.headerParameters },
      optional: operation.headerParameters.every((p) => p.optional),
    })
  }
  declarations.push({ kind: 'interface', name: 'RequestConfig', extends: 'AxiosRequestConfig', properties: configMembers })

  // An answer without a body still declares its (empty) `WellformedResponse`, as the public site's pages do.
  const pageDeclarations = [...declarations]
  if (response.kind === 'json') {
    // The package types an answer as JSON carries it (a `date-time` is a string); the pages keep the public
    // site's `string | Date`, which the golden pages show.
    const page = declare('WellformedResponse', response.type)
    declarations.push(hasDate(response.type) ? declare('WellformedResponse', received(response.type)) : page)
    pageDeclarations.push(page)
  } else {
    const empty: Declaration =
      response.kind === 'binary'
        ? { kind: 'interface', name: 'WellformedResponse', extends: 'ReadStream', properties: [] }
        : { kind: 'interface', name: 'WellformedResponse', properties: [] }
    declarations.push(empty)
    pageDeclarations.push(empty)
  }

  const configOptional = configMembers.every((member) => member.optional)
  // An upload or a bodiless call may omit `data`, unless a required `config` has to follow it.
  const dataOptional = request.kind !== 'json' && configOptional
  return {
    declarations,
    pageDeclarations,
    configMembers,
    takesData,
    configOptional,
    ...signature(operation.names, takesData && body ? { name: body.name, optional: dataOptional } : undefined, configOptional),
    shortland: method === 'post',
    usesReadStream: request.kind === 'multipart' || response.kind === 'binary' || containsStream(declarations),
    bodyMembers,
    ...(response.kind === 'json' && response.type.kind === 'object' ? { responseMembers: response.type.properties.map((p) => p.name) } : {}),
  }
}

/** The parameters and return type, qualified from the namespace the endpoint interface is declared in (`Return.PostHttpMethod.…`). */
function signature(
  names: OperationNames,
  data: { readonly name: string; readonly optional: boolean } | undefined,
  configOptional: boolean,
): { parameters: Parameter[]; returnType: string } {
  const qualifier = `${names.endpoint.interfaceName}.${names.methodNamespace}`
  const parameters: Parameter[] = []
  if (data) parameters.push({ name: 'data', optional: data.optional, type: `${qualifier}.${data.name}` })
  parameters.push({ name: 'config', optional: configOptional, type: `${qualifier}.RequestConfig` })
  return { parameters, returnType: `AxiosPromise<${qualifier}.WellformedResponse>` }
}

function declare(name: string, type: TypeNode): Declaration {
  return type.kind === 'object'
    ? { kind: 'interface', name, properties: type.properties, ...(type.additional ? { additional: type.additional } : {}) }
    : { kind: 'alias', name, type }
}

function containsStream(declarations: readonly Declaration[]): boolean {
  const hasStream = (type: TypeNode): boolean => containsKind(type, 'stream')
  return declarations.some((d) =>
    d.kind === 'alias' ? hasStream(d.type) : d.properties.some((p) => hasStream(p.type)) || (d.additional ? hasStream(d.additional) : false),
  )
}
