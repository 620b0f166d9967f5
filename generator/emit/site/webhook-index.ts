import type { ApiModel } from '../../model/types.ts'
import { WEBHOOK_INDEX_FILE, webhookPageLink } from '../shared/page-paths.ts'
import { frontmatter } from '../shared/text.ts'
import { codeSpan, escapeMarkdown } from './escape.ts'

export { WEBHOOK_INDEX_FILE }

/** The title of the webhooks' overview page and of their sidebar group. */
export const WEBHOOKS_TITLE = '回调通知'

/**
 * The overview of the spec's webhooks: one row per event type (the model's order), linking to its page, with its
 * title. Inside `::: v-pre`, as the home page, so that nothing of the spec is read as a Vue interpolation.
 */
export function renderWebhookIndex(model: ApiModel): string {
  const lines = [
    ...frontmatter(WEBHOOKS_TITLE, '微信支付推送到商户 notify_url 的通知，按事件类型'),
    '',
    '::: v-pre',
    '',
    `# ${WEBHOOKS_TITLE}`,
    '',
    `${model.webhooks.length} 个事件类型。每个通知都先以原始报文验签，再以 APIv3 密钥解密 \`resource\`。`,
    '',
    '| 事件类型 | 通知 |',
    '| --- | --- |',
    ...model.webhooks.map((webhook) => `| [${codeSpan(webhook.eventType)}](${webhookPageLink(webhook.eventType)}) | ${escapeMarkdown(webhook.title)} |`),
    '',
    ':::',
  ]
  return `${lines.join('\n')}\n`
}
