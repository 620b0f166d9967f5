import type { Emitter } from '../emitter.ts'
import { CONFIG_FILE, renderConfig, renderSiteData, SITE_FILE } from './config.ts'
import { INDEX_FILE, renderIndexPage } from './index-page.ts'
import { renderSidebar, SIDEBAR_FILE } from './sidebar.ts'
import { themeFiles } from './theme.ts'
import { renderWebhookIndex, WEBHOOK_INDEX_FILE } from './webhook-index.ts'

/**
 * What the documentation site needs around the pages of `docs/openapi/`: the VitePress config with the twoslash
 * transformer, the sidebar and site data it imports, the home page listing every operation, the overview of the
 * webhooks, and the theme
 * (the site assets, read before emission).
 */
export const site: Emitter = {
  name: 'site',
  emit: (model, { inputs }) =>
    new Map([
      [CONFIG_FILE, renderConfig()],
      [SITE_FILE, renderSiteData(model)],
      [SIDEBAR_FILE, renderSidebar(model)],
      [INDEX_FILE, renderIndexPage(model)],
      ...(model.webhooks.length > 0 ? ([[WEBHOOK_INDEX_FILE, renderWebhookIndex(model)]] as const) : []),
      ...themeFiles(inputs.siteAssets),
    ]),
}
