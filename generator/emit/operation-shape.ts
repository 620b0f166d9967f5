import { methodNamespace, propertyToNamespace } from '../model/naming.ts'
import type { Operation, Property, TypeNode } from '../model/types.ts'

/** A declaration inside an operation namespace: an interface of members, or a type alias when the body is not an object. */
export type Declaration =
  | { readonly kind: 'interface'; readonly name: string; readonly extends?: string; readonly properties: readonly Property[]; readonly additional?: TypeNode }
  | { readonly kind: 'alias'; readonly name: string; readonly type: TypeNode }

/**
 * How one operation looks in TypeScript: its namespace members and its method signature.
 * Pages and typings both print from this, so they cannot disagree.
 */
export interface OperationShape {
  readonly operation: Operation
  /** `['V3', 'Profitsharing', 'ReturnOrders']` */
  readonly namespaces: readonly string[]
  /** `PostHttpMethod` */
  readonly methodNamespace: string
  readonly declarations: readonly Declaration[]
  /** The members of `RequestConfig`, in page order. */
  readonly configMembers: readonly Property[]
  /** POST/PUT/PATCH take `data` first. */
  readonly takesData: boolean
  readonly dataOptional: boolean
  readonly configOptional: boolean
  /** Only POST has the shortland call signature. */
  readonly shortland: boolean
  /** `ReadStream` is needed from `fs`. */
  readonly usesReadStream: boolean
  /** Top-level names of the request body, in order (for the example call). */
  readonly bodyMembers: readonly string[]
  /** Top-level names of the response body, or undefined when it is not an object. */
  readonly responseMembers?: readonly string[]
}

const STRING: TypeNode = { kind: 'keyword', name: 'string' }

const shapes = new WeakMap<Operation, OperationShape>()

/** The shape of an operation; computed once per operation object (a kept Path Item keeps its operations). */
export function shapeOperation(operation: Operation): OperationShape {
  let shape = shapes.get(operation)
  if (!shape) {
    shape = computeShape(operation)
    shapes.set(operation, shape)
  }
  return shape
}

function computeShape(operation: Operation): OperationShape {
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
  if (request.kind !== 'none') {
    configMembers.push({ name: 'data', type: { kind: 'reference', name: declarations[0]!.name }, optional: true })
  }
  configMembers.push(...operation.pathParameters)
  if (operation.queryParameters.length > 0) {
    configMembers.push({ name: 'params', type: { kind: 'object', properties: operation.queryParameters }, optional: operation.queryParameters.every((p) => p.optional) })
  }
  if (operation.headerParameters.length > 0) {
    configMembers.push({ name: 'headers', type: { kind: 'object', properties: operation.headerParameters }, optional: operation.headerParameters.every((p) => p.optional) })
  }
  declarations.push({ kind: 'interface', name: 'RequestConfig', extends: 'AxiosRequestConfig', properties: configMembers })

  if (response.kind === 'json') declarations.push(declare('WellformedResponse', response.type))
  else if (response.kind === 'binary') declarations.push({ kind: 'interface', name: 'WellformedResponse', extends: 'ReadStream', properties: [] })
  else declarations.push({ kind: 'interface', name: 'WellformedResponse', properties: [] })

  const configOptional = configMembers.every((member) => member.optional)
  return {
    operation,
    namespaces: operation.chain.map(propertyToNamespace),
    methodNamespace: methodNamespace(method),
    declarations,
    configMembers,
    takesData,
    // An upload or a bodiless call may omit `data`, unless a required `config` has to follow it.
    dataOptional: request.kind !== 'json' && configOptional,
    configOptional,
    shortland: method === 'post',
    usesReadStream: request.kind === 'multipart' || response.kind === 'binary' || containsStream(declarations),
    bodyMembers,
    ...(response.kind === 'json' && response.type.kind === 'object' ? { responseMembers: response.type.properties.map((p) => p.name) } : {}),
  }
}

function declare(name: string, type: TypeNode): Declaration {
  return type.kind === 'object'
    ? { kind: 'interface', name, properties: type.properties, ...(type.additional ? { additional: type.additional } : {}) }
    : { kind: 'alias', name, type }
}

function containsStream(declarations: readonly Declaration[]): boolean {
  const visit = (type: TypeNode): boolean => {
    switch (type.kind) {
      case 'stream':
        return true
      case 'object':
        return type.properties.some((p) => visit(p.type)) || (type.additional ? visit(type.additional) : false)
      case 'array':
        return type.items ? visit(type.items) : false
      case 'union':
      case 'intersection':
        return type.members.some(visit)
      default:
        return false
    }
  }
  return declarations.some((d) => (d.kind === 'alias' ? visit(d.type) : d.properties.some((p) => visit(p.type)) || (d.additional ? visit(d.additional) : false)))
}

export interface SignatureParts {
  readonly parameters: readonly { readonly name: string; readonly optional: boolean; readonly type: string }[]
  readonly returnType: string
}

/** The method's parameters and return type, qualified from the parent namespace (`Return.PostHttpMethod.…`). */
export function signatureParts(shape: OperationShape): SignatureParts {
  const qualifier = `${shape.namespaces.at(-1)}.${shape.methodNamespace}`
  const body = shape.declarations.find((d) => d.name === 'JsonDataRequest' || d.name === 'BinaryDataRequest')
  const parameters = []
  if (shape.takesData && body) parameters.push({ name: 'data', optional: shape.dataOptional, type: `${qualifier}.${body.name}` })
  parameters.push({ name: 'config', optional: shape.configOptional, type: `${qualifier}.RequestConfig` })
  return { parameters, returnType: `AxiosPromise<${qualifier}.WellformedResponse>` }
}

/** `(data: Return.PostHttpMethod.JsonDataRequest, config?: …): AxiosPromise<…>` */
export function printSignature(shape: OperationShape): string {
  const { parameters, returnType } = signatureParts(shape)
  return `(${parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`).join(', ')}): ${returnType}`
}

/** The JSDoc lines of a method (`shortland` for the call signature): name, deprecation, link. */
export function methodDocLines(shape: OperationShape, name: string): string[] {
  const { operation } = shape
  return [name, ...(operation.deprecated ? ['@deprecated'] : []), ...(operation.docLink ? [`@link ${operation.docLink}`] : [])]
}
