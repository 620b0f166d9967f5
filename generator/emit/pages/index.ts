import type { ApiModel, Link, Page } from '../../model/types.ts'
import { shapeOperation } from '../operation-shape.ts'
import { businessFile } from './business-file.ts'
import { frontmatter, oneLine } from './frontmatter.ts'
import { pagePath } from './page-path.ts'
import { virtualFile } from './virtual-file.ts'

/** One Markdown page per URL path, in the format of the public wechatpay.js.org pages. */
export function emitPages(model: ApiModel): Map<string, string> {
  const files = new Map<string, string>()
  for (const page of model.pages) files.set(pagePath(page.path), renderPage(page))
  return files
}

const rendered = new WeakMap<Page, string>()

/** A page's Markdown; rendered once per page object (a kept Path Item keeps its page). */
function renderPage(page: Page): string {
  let text = rendered.get(page)
  if (text === undefined) {
    text = renderPageText(page)
    rendered.set(page, text)
  }
  return text
}

function renderPageText(page: Page): string {
  const single = page.operations.length === 1
  const lines = [...frontmatter(page.title, page.description)]
  for (const operation of page.operations) {
    const shape = shapeOperation(operation)
    // A one-method page reads its heading and description from the frontmatter; several methods spell theirs out.
    const heading = single ? '{{ $frontmatter.title }}' : escapeText(oneLine(operation.title))
    const description = single ? '{{ $frontmatter.description }}' : escapeText(oneLine(operation.description))
    const paragraph = [description, ...operation.inlineLinks.map(markdownLink)].filter((part) => part !== '').join(' ')
    lines.push(
      '',
      `# ${heading} {#${operation.method}}`,
      // A section with nothing to say goes straight to its code block.
      ...(paragraph === '' ? [] : ['', paragraph]),
      '',
      '```js twoslash',
      ...virtualFile(shape),
      ...businessFile(shape),
      '```',
    )
    if (operation.seeAlso.length > 0) lines.push('', `参阅 ${operation.seeAlso.map(markdownLink).join(' ')}`)
  }
  return `${lines.join('\n')}\n`
}

function markdownLink(link: Link): string {
  return `[${link.text}](${link.url})`
}

/** Text written into the Markdown body: `{{` would start a Vue interpolation. */
function escapeText(text: string): string {
  return text.replace(/\{\{/g, '&#123;&#123;')
}
