/**
 * Prettier's line breaking for the two kinds of long line the typings have, so that prettier itself
 * is not needed for them (see `printFormatted`); anything else that is too long is left to prettier.
 *
 *   post(data: A, config?: B): C;          post(
 *                                     →      data: A,
 *                                            config?: B,
 *                                          ): C;
 *
 *   status: "A" | "B" | "C";                status:
 *                                     →      "A" | "B" | "C";     (or, when that is still too long, one
 *                                                                   `| "A"` line per member)
 */
export function breakWideLines(text: string, width: number): string {
  if (!text.split('\n').some((line) => line.length > width)) return text
  return text
    .split('\n')
    .map((line) => (line.length > width ? (breakSignature(line, width) ?? breakUnion(line, width) ?? line) : line))
    .join('\n')
}

/** A line prettier cannot shorten (a comment, a namespace name) or that needs no breaking. */
export function isUnbreakable(line: string, width: number): boolean {
  return line.length <= width || /^\s*(\*|\/\*|\/\/)/.test(line) || /^export declare namespace [\w.$]+ \{$/.test(line)
}

const SIGNATURE = /^(\s*)([\w$]*)\(([^()]*)\): ([^()]+);$/

function breakSignature(line: string, width: number): string | undefined {
  const match = SIGNATURE.exec(line)
  if (!match) return undefined
  const [, pad, name, parameters, returnType] = match as unknown as [string, string, string, string, string]
  if (parameters === '') return undefined
  const lines = [`${pad}${name}(`, ...parameters.split(', ').map((parameter) => `${pad}  ${parameter},`), `${pad}): ${returnType};`]
  return lines.every((broken) => broken.length <= width) ? lines.join('\n') : undefined
}

const UNION_MEMBER = String.raw`(?:"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[\w$]+)`
const UNION_PROPERTY = new RegExp(String.raw`^(\s*)((?:[\w$]+|"(?:[^"\\]|\\.)*")\??): (${UNION_MEMBER}(?: \| ${UNION_MEMBER})+);$`)

function breakUnion(line: string, width: number): string | undefined {
  const match = UNION_PROPERTY.exec(line)
  if (!match) return undefined
  const [, pad, name, union] = match as unknown as [string, string, string, string]
  // Prettier first moves the whole union to its own line; only if that is still too long does it put each member on one.
  const moved = `${pad}  ${union};`
  if (moved.length <= width) return `${pad}${name}:\n${moved}`
  const members = union.match(new RegExp(UNION_MEMBER, 'g'))!
  const lines = [`${pad}${name}:`, ...members.map((member, index) => `${pad}  | ${member}${index === members.length - 1 ? ';' : ''}`)]
  return lines.every((broken) => broken.length <= width) ? lines.join('\n') : undefined
}
