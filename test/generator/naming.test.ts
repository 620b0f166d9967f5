import { describe, expect, it } from 'vitest'
import { methodNamespace, pathToChain, propertyToNamespace, segmentToProperty } from '../../generator/model/naming.ts'
import { pagePath } from '../../generator/emit/shared/page-paths.ts'

describe('URL segment → chain property', () => {
  const cases: [given: string, want: string][] = [
    ['return-orders', 'returnOrders'],
    ['complaints-v2', 'complaintsV2'],
    ['{out_return_no}', '_out_return_no_'],
    ['', '_empty_'],
    ['sub_merchants', 'sub_merchants'],
    ['apply4sub', 'apply4sub'],
    ['h5', 'h5'],
    ['delete', 'Delete'],
    ['return', 'return'],
  ]
  it.each(cases)('%j → %j', (given, want) => expect(segmentToProperty(given)).toBe(want))
})

describe('chain property → namespace', () => {
  const cases: [string, string][] = [
    ['returnOrders', 'ReturnOrders'],
    ['sub_merchants', 'Sub_merchants'],
    ['h5', 'H5'],
    ['_out_return_no_', '_out_return_no_'],
    ['_empty_', '_empty_'],
    ['Delete', 'Delete'],
  ]
  it.each(cases)('%j → %j', (given, want) => expect(propertyToNamespace(given)).toBe(want))
})

describe('paths, methods and pages', () => {
  it('maps a path to its chain', () => {
    expect(pathToChain('/v3/ecommerce/applyments/')).toEqual(['v3', 'ecommerce', 'applyments', '_empty_'])
    expect(pathToChain('/v3/profitsharing/return-orders/{out_return_no}')).toEqual(['v3', 'profitsharing', 'returnOrders', '_out_return_no_'])
  })
  it('names method namespaces', () => {
    expect(['get', 'post', 'put', 'patch', 'delete'].map((m) => methodNamespace(m as 'get'))).toEqual([
      'GetHttpMethod',
      'PostHttpMethod',
      'PutHttpMethod',
      'PatchHttpMethod',
      'DeleteHttpMethod',
    ])
  })
  it('places pages by URL path', () => {
    expect(pagePath('/v3/profitsharing/return-orders')).toBe('docs/openapi/v3/profitsharing/return-orders.md')
    expect(pagePath('/v3/ecommerce/applyments/')).toBe('docs/openapi/v3/ecommerce/applyments/index.md')
    expect(pagePath('/v3/a/{x}')).toBe('docs/openapi/v3/a/{x}.md')
  })
})
