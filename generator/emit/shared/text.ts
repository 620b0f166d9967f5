import { stringify } from 'yaml'

/** Page text is one line: a newline inside a description would end the Markdown paragraph. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim()
}

/** `title:` and `description:` as plain YAML scalars where YAML allows, quoted where it must. */
export function frontmatter(title: string, description: string): string[] {
  return ['---', `title: ${scalar(title)}`, `description: ${scalar(description)}`, '---']
}

function scalar(text: string): string {
  // An empty description is written `description: ` (a trailing space), as the public pages do.
  if (text === '') return ''
  return stringify(oneLine(text), { lineWidth: 0 }).trimEnd()
}
