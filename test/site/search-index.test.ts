import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { pageChunkName } from '../../generator/tools/site/incremental/partial-plugin.ts'
import { canonicalSearchIndex, type SerializedIndex } from '../../generator/tools/site/search-index.ts'

// The options VitePress's local search uses (fields, stored fields), with a tokenizer of our own.
const OPTIONS = {
  fields: ['title', 'titles', 'text'],
  storeFields: ['title', 'titles'],
  tokenize: (text: string) => text.split(/[\s,.]+/).filter(Boolean),
}

const SECTIONS = [
  { id: '/openapi/v3/pay/transactions/jsapi.html', title: 'JSAPI下单', titles: [], text: 'prepay_id out_trade_no amount total' },
  { id: '/openapi/v3/pay/transactions/jsapi.html#请求参数', title: '请求参数', titles: ['JSAPI下单'], text: 'appid mchid description out_trade_no' },
  { id: '/openapi/v3/refund/domestic/refunds.html', title: '退款申请', titles: [], text: 'out_refund_no amount refund total' },
  { id: '/openapi/v3/bill/tradebill.html', title: '申请交易账单', titles: [], text: 'bill_date bill_type download_url' },
  { id: '/guide/getting-started.html#安装', title: '安装', titles: ['快速开始'], text: 'npm install wechatpay-apiv3' },
]

/** The serialized index of SECTIONS added in `order`, as VitePress's build writes it. */
function indexIn(order: readonly number[]): SerializedIndex {
  const index = new MiniSearch(OPTIONS)
  for (const position of order) index.add(SECTIONS[position]!)
  return JSON.parse(JSON.stringify(index)) as SerializedIndex
}

const QUERIES = ['amount', 'out_trade_no', 'total', 'bill_date', 'npm', 'JSAPI下单', 'refund', 'nothing']

/** Each query's results with their scores (to 9 digits), best first; equal scores (whose order is the order the
 * documents were added in, the very thing that varied) by id. */
function results(serialized: unknown): string[][] {
  const index = MiniSearch.loadJSON(JSON.stringify(serialized), OPTIONS)
  return QUERIES.map((query) =>
    index
      .search(query, { prefix: true })
      .map((result) => ({ id: String(result.id), score: result.score.toFixed(9) }))
      .sort((a, b) => Number(b.score) - Number(a.score) || (a.id < b.id ? -1 : 1))
      .map(({ id, score }) => `${score} ${id}`),
  )
}

describe('the search index in canonical order', () => {
  const orders = [
    [0, 1, 2, 3, 4],
    [4, 3, 2, 1, 0],
    [2, 0, 4, 1, 3],
  ]

  it('is the same JSON whatever order the pages were indexed in', () => {
    const [first, ...others] = orders.map((order) => indexIn(order))
    // Without it, the order shows: the check below would be empty otherwise.
    expect(JSON.stringify(others[0])).not.toBe(JSON.stringify(first))
    const canonical = JSON.stringify(canonicalSearchIndex(first!))
    for (const other of others) expect(JSON.stringify(canonicalSearchIndex(other))).toBe(canonical)
  })

  it('finds what the index found before, with the same scores', () => {
    for (const order of orders) {
      const serialized = indexIn(order)
      const found = results(serialized)
      expect(found.flat().length).toBeGreaterThan(QUERIES.length)
      expect(results(canonicalSearchIndex(serialized))).toEqual(found)
    }
  })

  it('numbers the documents in the order of their ids, and sorts the terms', () => {
    const canonical = canonicalSearchIndex(indexIn([4, 3, 2, 1, 0]))
    expect(Object.values(canonical.documentIds)).toEqual(SECTIONS.map((section) => section.id).sort())
    const terms = canonical.index.map(([term]) => term)
    expect(terms).toEqual([...terms].sort())
    expect(canonical.nextId).toBe(SECTIONS.length)
  })
})

describe("a page's chunk name", () => {
  // As VitePress named these pages' chunks in a build of the corpus.
  it.each([
    ['openapi/v3/pay/transactions/jsapi.md', 'openapi_v3_pay_transactions_jsapi.md'],
    ['openapi/v3/abnormal-fund-processing/receipts/{receipt_id}.md', 'openapi_v3_abnormal-fund-processing_receipts__receipt_id_.md'],
    ['guide/getting-started.md', 'guide_getting-started.md'],
    ['openapi/v3/Bill/TradeBill.md', 'openapi_v3_bill_tradebill.md'],
  ])('%s → %s', (page, name) => {
    expect(pageChunkName(page)).toBe(name)
  })
})
