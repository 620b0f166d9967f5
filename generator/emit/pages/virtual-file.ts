import type { Declaration, Operation } from '../../model/types.ts'
import { jsDoc, methodDocLines } from '../shared/jsdoc.ts'
import { propertyName } from '../shared/quote.ts'
import { printMembers, printParameter, printTyped, type PrintOptions } from '../shared/type-printer.ts'

const PAGE_TYPES: PrintOptions = { indent: 4, docs: false, untypedArray: '[]', separator: '', quote: "'" }

/**
 * The `virtual.ts` part of a page's code block: the operation namespace, the endpoint
 * interface with only this method, and every parent interface up to `Wechatpay`.
 */
export function virtualFile(operation: Operation): string[] {
  const { names, types } = operation
  const lines = ['// @filename: virtual.ts', '/// <reference types="node" />']
  if (types.usesReadStream) lines.push("import { ReadStream } from 'fs'")
  lines.push("import { AxiosRequestConfig, AxiosPromise } from 'axios'")

  lines.push(`namespace ${names.namespace} {`, ...types.pageDeclarations.flatMap(printDeclaration), '}')

  lines.push(`namespace ${names.endpoint.declaredIn} {`, `  export interface ${names.endpoint.interfaceName} {`)
  if (types.shortland) lines.push(...jsDoc(methodDocLines(operation, 'shortland'), '    '), `    ${signature(operation)}`)
  lines.push(...jsDoc(methodDocLines(operation, operation.apiName), '    '), `    ${operation.method}${signature(operation)}`, '  }', '}')

  for (const parent of names.parents) {
    lines.push(
      `namespace ${parent.declaredIn} {`,
      `  export interface ${parent.interfaceName} {`,
      `    ${propertyName(parent.child.property)}: ${parent.child.typeReference}`,
      '  }',
      '}',
    )
  }
  const { root } = names
  lines.push(
    'export interface Wechatpay {',
    ...jsDoc([root.description ?? ''], '  '),
    `  ${propertyName(root.property)}: ${root.typeReference}`,
    '}',
    'export var wxpay: Wechatpay',
  )
  return lines
}

/** `(data: Return.PostHttpMethod.JsonDataRequest, config?: …): AxiosPromise<…>` */
function signature({ types }: Operation): string {
  return `(${types.parameters.map(printParameter).join(', ')}): ${types.returnType}`
}

function printDeclaration(declaration: Declaration): string[] {
  if (declaration.kind === 'alias') return printTyped(`  export type ${declaration.name} =`, declaration.type, { ...PAGE_TYPES, indent: 2 })
  const heritage = declaration.extends ? ` extends ${declaration.extends}` : ''
  return [`  export interface ${declaration.name}${heritage} {`, ...printMembers(declaration.properties, declaration.additional, PAGE_TYPES), '  }']
}
