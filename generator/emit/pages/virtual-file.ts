import type { Declaration, OperationShape } from '../operation-shape.ts'
import { methodDocLines, printSignature } from '../operation-shape.ts'
import { printMembers, printType, propertyName } from '../type-printer.ts'

const PAGE_TYPES = { docs: false, untypedArray: '[]', separator: '', quote: "'" } as const

/**
 * The `virtual.ts` part of a page's code block: the operation namespace, the endpoint
 * interface with only this method, and every parent interface up to `Wechatpay`.
 */
export function virtualFile(shape: OperationShape): string[] {
  const { operation, namespaces } = shape
  const lines = ['// @filename: virtual.ts', '/// <reference types="node" />']
  if (shape.usesReadStream) lines.push("import { ReadStream } from 'fs'")
  lines.push("import { AxiosRequestConfig, AxiosPromise } from 'axios'")

  lines.push(`namespace ${['WeChatPay.OpenAPI', ...namespaces, shape.methodNamespace].join('.')} {`)
  for (const declaration of shape.declarations) lines.push(...printDeclaration(declaration))
  lines.push('}')

  const endpoint = namespaces.at(-1)!
  lines.push(`namespace ${['WeChatPay.OpenAPI', ...namespaces.slice(0, -1)].join('.')} {`, `  export interface ${endpoint} {`)
  if (shape.shortland) lines.push(...docBlock(methodDocLines(shape, 'shortland'), '    '), `    ${printSignature(shape)}`)
  lines.push(...docBlock(methodDocLines(shape, operation.apiName), '    '), `    ${operation.method}${printSignature(shape)}`, '  }', '}')

  for (let level = namespaces.length - 2; level >= 0; level--) {
    lines.push(
      `namespace ${['WeChatPay.OpenAPI', ...namespaces.slice(0, level)].join('.')} {`,
      `  export interface ${namespaces[level]} {`,
      `    ${propertyName(operation.chain[level + 1]!)}: ${namespaces[level]}.${namespaces[level + 1]}`,
      '  }',
      '}',
    )
  }
  lines.push(
    'export interface Wechatpay {',
    ...docBlock([rootDescription(operation.chain[0]!)], '  '),
    `  ${propertyName(operation.chain[0]!)}: WeChatPay.OpenAPI.${namespaces[0]}`,
    '}',
    'export var wxpay: Wechatpay',
  )
  return lines
}

/** `v3` → `APIv3 endpoint`. */
export function rootDescription(property: string): string {
  const version = /^v(\d+)$/.exec(property)
  return version ? `APIv${version[1]} endpoint` : `${property} endpoint`
}

function printDeclaration(declaration: Declaration): string[] {
  if (declaration.kind === 'alias') {
    return [`  export type ${declaration.name} = ${printType(declaration.type, { ...PAGE_TYPES, indent: 4 })}`]
  }
  const heritage = declaration.extends ? ` extends ${declaration.extends}` : ''
  return [
    `  export interface ${declaration.name}${heritage} {`,
    ...printMembers(declaration.properties, declaration.additional, { ...PAGE_TYPES, indent: 4 }),
    '  }',
  ]
}

function docBlock(lines: readonly string[], pad: string): string[] {
  return [`${pad}/**`, ...lines.map((line) => `${pad} * ${line.replace(/\*\//g, '*\\/')}`), `${pad} */`]
}
