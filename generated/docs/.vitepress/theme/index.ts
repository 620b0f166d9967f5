// Copied from generator/emit/site/assets/theme/index.ts by wechatpay-openapi-generator. Do not edit.
import '@shikijs/twoslash/style-rich.css'
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import './custom.css'

// The default theme. A code block's types show on hover from the block's own HTML (twoslash's rich renderer, styled
// by style-rich.css): no client component per token, so each page compiles to static HTML.
export default {
  extends: DefaultTheme,
} satisfies Theme
