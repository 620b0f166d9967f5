import { format } from 'prettier'
import { describe, expect, it } from 'vitest'
import { CONFIG_STYLE } from '../../generator/emit/site/config.ts'
import { codeSpan, escapeHtml, escapeMarkdown } from '../../generator/emit/site/escape.ts'
import { site } from '../../generator/emit/site/index.ts'
import { pageLink } from '../../generator/emit/shared/page-paths.ts'
import { readInputs } from '../../generator/inputs/index.ts'
import { buildSidebar } from '../../generator/emit/site/sidebar.ts'
import { generateFixture } from '../helpers.ts'

describe('pageLink', () => {
  it.each([
    ['/v3/profitsharing/return-orders', '/openapi/v3/profitsharing/return-orders'],
    ['/v3/profitsharing/return-orders/{out_return_no}', '/openapi/v3/profitsharing/return-orders/{out_return_no}'],
    ['/v3/ecommerce/applyments/', '/openapi/v3/ecommerce/applyments/'],
  ])('%s → %s', (given, want) => expect(pageLink(given)).toBe(want))
})

describe('escaping', () => {
  it.each([
    ['请求分账', '请求分账'],
    ['A | B', 'A \\| B'],
    ['{{ x }}', '&#123;&#123; x &#125;&#125;'],
    ['标题 {#id}', '标题 &#123;#id&#125;'],
    ['<b>&', '&lt;b&gt;&amp;'],
    ['[a](b) *c* _d_ `e`', '\\[a\\](b) \\*c\\* \\_d\\_ \\`e\\`'],
    ['two\nlines', 'two lines'],
  ])('escapeMarkdown(%j) → %j', (given, want) => expect(escapeMarkdown(given)).toBe(want))

  it.each([
    ['Native下单 <b>&', 'Native下单 &lt;b&gt;&amp;'],
    ['"a" \'b\'', '&quot;a&quot; &#39;b&#39;'],
  ])('escapeHtml(%j) → %j', (given, want) => expect(escapeHtml(given)).toBe(want))

  it.each([
    ['/v3/a/{b}', '`/v3/a/{b}`'],
    ['/v3/a|b', '`/v3/a\\|b`'],
    ['/v3/a`b', '`` /v3/a`b ``'],
  ])('codeSpan(%j) → %j', (given, want) => expect(codeSpan(given)).toBe(want))
})

// test/fixtures/specs/site-tags: root tags 资金应用∙分账, 基础支付 (not code-unit order), an unused tag, an untagged
// operation, a page of two methods with different tags, a title with `| {{ <`.
describe('the site of a spec with several tags', async () => {
  const { model, files } = await generateFixture('site-tags')

  it("groups the pages by their first operation's first tag, in the root tags' order, the untagged last", () => {
    const sidebar = buildSidebar(model)
    expect(sidebar.map((group) => [group.text, group.items.map((item) => `${item.text} → ${item.link}`)])).toEqual([
      ['资金应用∙分账', ['请求分账 → /openapi/v3/profitsharing/orders', '查询分账结果 → /openapi/v3/profitsharing/orders/{out_order_no}']],
      [
        '基础支付',
        [
          '微信支付订单号查询订单 → /openapi/v3/pay/transactions/id/{transaction_id}',
          'Native下单 | 扫码 {{支付}} &lt;b&gt;&amp; → /openapi/v3/pay/transactions/native',
        ],
      ],
      ['营销∙委托营销', ['委托营销 → /openapi/v3/marketing/partnerships']],
      ['其他', ['申请交易账单 → /openapi/v3/bill/tradebill']],
    ])
    expect(sidebar.every((group) => group.collapsed)).toBe(true)
  })

  it('writes the sidebar as JSON the config imports', () => {
    const json = files.get('docs/.vitepress/sidebar.json')!
    expect(JSON.parse(json)).toEqual(buildSidebar(model))
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`)
    expect(JSON.parse(files.get('docs/.vitepress/site.json')!)).toEqual({
      title: 'Tags for the docs site',
      description: 'Pages grouped by tag in the sidebar and the index; the root tags list orders the groups.',
      base: '/',
      hostname: 'https://docs.example.com/',
      lastUpdated: false,
      nav: [
        { text: '快速开始', link: '/guide/getting-started' },
        { text: '接口索引', link: '/' },
      ],
    })
  })

  it('lists every operation on the index page, by its own first tag, with method, path and link', () => {
    const index = files.get('docs/index.md')!
    const headings = index.split('\n').filter((line) => line.startsWith('## '))
    expect(headings).toEqual(['## 资金应用∙分账', '## 基础支付', '## 营销∙委托营销', '## 营销∙合作关系', '## 其他'])
    const rows = index.split('\n').filter((line) => /^\| (GET|POST|PUT|PATCH|DELETE) /.test(line))
    expect(rows).toEqual([
      '| POST | [`/v3/profitsharing/orders`](/openapi/v3/profitsharing/orders#post) | 请求分账 |',
      '| GET | [`/v3/profitsharing/orders/{out_order_no}`](/openapi/v3/profitsharing/orders/{out_order_no}#get) | 查询分账结果 |',
      '| GET | [`/v3/pay/transactions/id/{transaction_id}`](/openapi/v3/pay/transactions/id/{transaction_id}#get) | 微信支付订单号查询订单 |',
      '| POST | [`/v3/pay/transactions/native`](/openapi/v3/pay/transactions/native#post) | Native下单 \\| 扫码 &#123;&#123;支付&#125;&#125; &lt;b&gt;&amp; |',
      '| GET | [`/v3/marketing/partnerships`](/openapi/v3/marketing/partnerships#get) | 查询合作关系列表 |',
      '| POST | [`/v3/marketing/partnerships`](/openapi/v3/marketing/partnerships#post) | 建立合作关系 |',
      '| GET | [`/v3/bill/tradebill`](/openapi/v3/bill/tradebill#get) | 申请交易账单 |',
    ])
    expect(rows).toHaveLength(model.operations.length)
    // The body is in a v-pre container: nothing of the spec's text is a Vue interpolation.
    expect(index.split('\n').slice(4, 7)).toEqual(['', '::: v-pre', ''])
    expect(index.endsWith('\n:::\n')).toBe(true)
  })

  it('configures VitePress with the twoslash transformer (rich renderer), local search and the theme', async () => {
    const config = files.get('docs/.vitepress/config.mts')!
    expect(config).toContain("import { transformerTwoslash } from '@shikijs/vitepress-twoslash'")
    expect(config).toMatch(
      /transformerTwoslash\(\{\n\s+throws: true,\n\s+twoslashOptions: \{ vfsRoot, compilerOptions \},\n\s+typesCache,\n\s+renderer: rendererRich\(\),/,
    )
    expect(config).toContain('codeTransformers: twoslash,')
    expect(config).toContain("provider: 'local'")
    expect(config).toContain('metaChunk: true,')
    expect(config).toContain('lastUpdated: site.lastUpdated,')
    expect(config).toContain("import sidebar from './sidebar.json'")
    // twoslash reports no error at all when vfsRoot ends in a slash.
    expect(config).toContain('const vfsRoot = dirname(fileURLToPath(import.meta.url))')
    expect(await format(config, CONFIG_STYLE)).toBe(config)
    const theme = files.get('docs/.vitepress/theme/index.ts')!
    expect(theme).toContain("import '@shikijs/twoslash/style-rich.css'")
    expect(theme).not.toContain('floating')
    expect(theme.startsWith('// Copied from generator/emit/site/assets/theme/index.ts')).toBe(true)
    expect(files.has('docs/.vitepress/theme/custom.css')).toBe(true)
    expect(files.get('docs/.vitepress/build/release-page-templates.ts')).toContain('parseCache')
    expect(files.get('docs/.vitepress/build/twoslash-cache.ts')).toContain('createFileSystemTypesCache')
  })

  it('copies the getting-started guide in as it is kept in the repository', async () => {
    const { siteAssets } = await readInputs()
    const guide = files.get('docs/guide/getting-started.md')!
    expect(guide).toBe(siteAssets.files.get('pages/guide/getting-started.md'))
    expect(guide.startsWith('---\ntitle: 快速开始\n')).toBe(true)
    for (const heading of ['## 安装', '## 构造客户端', '## 第一次调用', '## 接收回调通知', '## 处理错误']) expect(guide).toContain(`\n${heading}\n`)
  })

  it('emits the same bytes every time', async () => {
    const ctx = { inputs: await readInputs() }
    expect([...(await site.emit(model, ctx))]).toEqual([...(await site.emit(model, ctx))])
  })
})
