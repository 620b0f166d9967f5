import type { ApiModel, Page } from '../../model/types.ts'
import { pageLink } from '../shared/page-paths.ts'
import { escapeHtml } from './escape.ts'
import { groupByTag } from './groups.ts'

export const SIDEBAR_FILE = 'docs/.vitepress/sidebar.json'

export interface SidebarLink {
  readonly text: string
  readonly link: string
}

export interface SidebarGroup {
  readonly text: string
  readonly collapsed: boolean
  readonly items: readonly SidebarLink[]
}

/**
 * The site's sidebar (VitePress `themeConfig.sidebar`): one collapsible group per tag, in the order of
 * `groupByTag`, holding the pages whose first operation has that first tag, in the model's order (by path).
 * A group starts collapsed; VitePress opens the one holding the current page. Texts are HTML (VitePress
 * renders them with `v-html`), so they are escaped.
 */
export function buildSidebar(model: ApiModel): SidebarGroup[] {
  return groupByTag(model.pages, pageTag, model.tags).map(({ tag, items }) => ({
    text: escapeHtml(tag),
    collapsed: true,
    items: items.map((page) => ({ text: escapeHtml(page.title), link: pageLink(page.path) })),
  }))
}

/** A page of several operations is filed under its first operation's first tag. */
export function pageTag(page: Page): string | undefined {
  return page.operations[0]?.tags[0]
}

export function renderSidebar(model: ApiModel): string {
  return `${JSON.stringify(buildSidebar(model), null, 2)}\n`
}
