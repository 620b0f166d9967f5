/** A fenced ```js twoslash block of a page, with the line its code starts on (1-based). */
export interface CodeBlock {
  readonly file: string
  readonly line: number
  readonly code: string
}

const FENCE = /^```js twoslash\n([\s\S]*?)^```$/gm

/** Every twoslash code block of a Markdown page. */
export function twoslashBlocks(file: string, markdown: string): CodeBlock[] {
  return [...markdown.matchAll(FENCE)].map((match) => ({
    file,
    line: markdown.slice(0, match.index).split('\n').length + 1,
    code: match[1]!,
  }))
}
