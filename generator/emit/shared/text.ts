import { yamlLibrary } from '../../load/yaml-library.ts'

/** Page text is one line: a newline inside a description would end the Markdown paragraph. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim()
}

/** `title:` and `description:` as plain YAML scalars where YAML allows, quoted where it must. */
export function frontmatter(title: string, description: string): string[] {
  return ['---', `title: ${yamlScalar(title)}`, `description: ${yamlScalar(description)}`, '---']
}

/**
 * One line of text as `yaml` writes it (`stringify(text, { lineWidth: 0 })`): plain when YAML reads it back as the
 * same string, else quoted. Most titles and descriptions are plainly plain, so `yaml` is asked only about the
 * others (it is also the only reason a run would load `yaml`).
 */
export function yamlScalar(text: string): string {
  // An empty description is written `description: ` (a trailing space), as the public pages do.
  if (text === '') return ''
  const line = oneLine(text)
  if (SURELY_PLAIN.test(line) && !SPECIAL_WORD.test(line)) return line
  return yamlLibrary().stringify(line, { lineWidth: 0 }).trimEnd()
}

// Stricter than YAML's rules, never looser: no first character that is an indicator, a sign, a digit, a dot or a
// tilde (numbers, `~`, `---`, `...`, `%`, `-x`, `? x`), no control characters, tabs or surrogates, no `: ` or ` #`
// inside, no space or `:` at the end.
const SURELY_PLAIN = /^(?![\s,[\]{}#&*!|>'"%@`?:\-+.~0-9])(?:(?![\x00-\x1f\x7f-\x9f\ud800-\udfff]|: | #)[^])+(?<![\s:])$/
/** The words YAML's core schema reads as null or a boolean. */
const SPECIAL_WORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/
