import type { ApiModel, Page } from '../../model/types.ts'
import { pageLink, webhookIndexLink, webhookPageLink } from '../shared/page-paths.ts'
import { escapeHtml } from './escape.ts'
import { groupByTag } from '../shared/groups.ts'
import { WEBHOOKS_TITLE } from './webhook-index.ts'

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
 * renders them with `v-html`), so they are escaped. The webhooks (when the spec has any) are a last group.
 */
export function buildSidebar(model: ApiModel): SidebarGroup[] {
  const groups = groupByTag(model.pages, pageTag, model.tags).map(({ tag, items }) => ({
    text: escapeHtml(tag),
    collapsed: true,
    items: items.map((page) => ({ text: escapeHtml(page.title), link: pageLink(page.path) })),
  }))
  return model.webhooks.length === 0 ? groups : [...groups, webhookGroup(model)]
}

/** The webhooks, last: the overview page, then one link per event type in the model's order. */
function webhookGroup(model: ApiModel): SidebarGroup {
  const overview = webhookIndexLink()
  return {
    text: escapeHtml(WEBHOOKS_TITLE),
    collapsed: true,
    items: [
      { text: '总览', link: overview },
      ...model.webhooks.map((webhook) => ({ text: escapeHtml(webhook.title), link: webhookPageLink(webhook.eventType) })),
    ],
  }
}

/** A page of several operations is filed under its first operation's first tag. */
export function pageTag(page: Page): string | undefined {
  return page.operations[0]?.tags[0]
}

export function renderSidebar(model: ApiModel): string {
  return `${JSON.stringify(buildSidebar(model), null, 2)}\n`
}
