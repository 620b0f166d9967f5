import type { ApiModel, Operation } from '../../model/types.ts'
import { pageLink } from '../shared/page-paths.ts'
import { frontmatter } from '../shared/text.ts'
import { codeSpan, escapeMarkdown } from './escape.ts'
import { groupByTag } from '../shared/groups.ts'

/** The site's home page: every operation, grouped by tag. Not under `docs/openapi/`, so no page can take its file. */
export const INDEX_FILE = 'docs/index.md'

/**
 * One table per tag (the operation's own first tag, groups in the order of `groupByTag`), one row per operation
 * in the model's order (by path, then method): the method, the path linking to the page's section (`#post`), the title. The body sits in a
 * `::: v-pre` container, so that nothing in the spec's text is read as a Vue interpolation.
 */
export function renderIndexPage(model: ApiModel): string {
  const { operations } = model
  const title = model.info.title || 'API'
  const lines = [...frontmatter(title, model.info.description), '', '::: v-pre', '', `# ${escapeMarkdown(title)}`, '']
  if (model.info.description.trim() !== '') lines.push(model.info.description.trim(), '')
  lines.push(`${operations.length} 个接口，${model.pages.length} 个页面。`)
  for (const { tag, items } of groupByTag(operations, (operation) => operation.tags[0], model.tags)) {
    lines.push('', `## ${escapeMarkdown(tag)}`, '', '| 方法 | 路径 | 接口 |', '| --- | --- | --- |', ...items.map(row))
  }
  lines.push('', ':::')
  return `${lines.join('\n')}\n`
}

function row(operation: Operation): string {
  const link = `${pageLink(operation.path)}#${operation.method}`
  return `| ${operation.method.toUpperCase()} | [${codeSpan(operation.path)}](${link}) | ${escapeMarkdown(operation.title)} |`
}
