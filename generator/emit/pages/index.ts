import type { Link, Page } from '../../model/types.ts'
import type { Emitter } from '../emitter.ts'
import { madeOnce } from '../shared/made-once.ts'
import { pagePath, webhookPagePath } from '../shared/page-paths.ts'
import { frontmatter, oneLine } from '../shared/text.ts'
import { businessFile } from './business-file.ts'
import { virtualFile } from './virtual-file.ts'
import { renderWebhookPage } from './webhook-page.ts'

/** One Markdown page per URL path, and one per webhook, in the format of the public wechatpay.js.org pages. */
export const pages: Emitter = {
  name: 'pages',
  emit(model, { cache }) {
    const files = new Map<string, string>()
    // A session keeps each page's text: a page (or webhook) the model kept is not rendered again.
    for (const page of model.pages) files.set(pagePath(page.path), madeOnce(cache?.pages, page, renderPage))
    for (const webhook of model.webhooks) {
      files.set(webhookPagePath(webhook.eventType), madeOnce(cache?.webhookPages, webhook, renderWebhookPage))
    }
    return files
  },
}

export function renderPage(page: Page): string {
  const single = page.operations.length === 1
  const lines = [...frontmatter(page.title, page.description)]
  for (const operation of page.operations) {
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
      ...virtualFile(operation),
      ...businessFile(operation),
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
