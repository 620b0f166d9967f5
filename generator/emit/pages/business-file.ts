import { isBindingName } from '../../model/naming.ts'
import type { Operation } from '../../model/types.ts'
import { propertyName } from '../shared/quote.ts'

/**
 * The `business.js` part of a page's code block: the call with a `^` marker under the
 * method name, then the response destructured and highlighted.
 */
export function businessFile(operation: Operation): string[] {
  const shape = operation.types
  const receiver = `wxpay.${operation.names.chainKey}.`
  const marker = `//${' '.repeat(receiver.length - 2)}${'^'.repeat(operation.method.length)}`
  const lines = ['// @filename: business.js', "import { wxpay } from './virtual'", '// ---cut---']
  const otherConfig = shape.configMembers.filter(({ name }) => name !== 'data').map(({ name }) => member(name))

  if (shape.takesData) {
    lines.push(`${receiver}${operation.method}({`, marker, ...shape.bodyMembers.map((name) => `  ${member(name)},`))
    lines.push(shape.configOptional ? '})' : `}, { ${otherConfig.join(', ')} })`)
  } else if (shape.configOptional) {
    lines.push(`${receiver}${operation.method}()`, marker)
  } else {
    lines.push(`${receiver}${operation.method}({`, marker, ...shape.configMembers.map(({ name }) => `  ${member(name)},`), '})')
  }
  lines.push(...responseHandler(operation))
  return lines
}

function responseHandler({ response, types }: Operation): string[] {
  if (response.kind === 'empty') return ['.then(({ status, }) => status === 204) // [!code hl]']
  const members = types.responseMembers
  if (!members) return ['.then(({ data, }) => data) // [!code hl]']
  // The highlight covers the destructuring and the returned object: 2 lines a member, 5 around them.
  return [
    '.then(',
    `  ({ // [!code hl:${2 * members.length + 5}]`,
    '    data: {',
    ...members.map((name) => `      ${member(name)},`),
    '    },',
    '  }) => ({',
    ...members.map((name) => `    ${member(name)},`),
    '  })',
    ')',
  ]
}

/** `key` as a shorthand property where JavaScript allows it; `switch: _switch` or `'a-b': _a_b` where it does not. */
function member(name: string): string {
  return isBindingName(name) ? name : `${propertyName(name)}: _${name.replace(/[^A-Za-z0-9_$]/g, '_')}`
}
