import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateFixture, ROOT } from '../helpers.ts'

// Byte-for-byte copies of two pages of the public wechatpay.js.org site.
const GOLDEN = {
  'docs/openapi/v3/ecommerce/subsidies/return.md': 'ecommerce-subsidies-return.md',
  'docs/openapi/v3/profitsharing/return-orders.md': 'profitsharing-return-orders.md',
}

describe('golden pages', () => {
  for (const [page, golden] of Object.entries(GOLDEN)) {
    it(`${page} is byte-identical to the public page`, async () => {
      const { files } = await generateFixture('spec')
      const expected = readFileSync(path.join(ROOT, 'test/fixtures/golden', golden))
      expect(files.has(page)).toBe(true)
      expect(Buffer.from(files.get(page)!, 'utf8').equals(expected)).toBe(true)
      // The same comparison as text, so that a failure shows the difference.
      expect(files.get(page)).toBe(expected.toString('utf8'))
    })
  }
})
