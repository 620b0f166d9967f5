import { describe, expect, it } from 'vitest'
import { propertyName, quote } from '../../generator/emit/shared/quote.ts'

// Expected literals written by hand; each is also checked to evaluate back to its text.
const CASES: [text: string, single: string, double: string][] = [
  ['SUCCESS', "'SUCCESS'", '"SUCCESS"'],
  ['', "''", '""'],
  ['微信支付', "'微信支付'", '"微信支付"'],
  ["it's", "'it\\'s'", '"it\'s"'],
  ['say "hi"', '\'say "hi"\'', '"say \\"hi\\""'],
  ['a\\b', "'a\\\\b'", '"a\\\\b"'],
  ['line\nnext\ttab', "'line\\nnext\\ttab'", '"line\\nnext\\ttab"'],
  ['\u0001', "'\\u0001'", '"\\u0001"'],
  ['lone \ud800', "'lone \\ud800'", '"lone \\ud800"'],
  ['pair 😀', "'pair 😀'", '"pair 😀"'],
]

describe('quote', () => {
  it.each(CASES)('quotes %j in either mark', (text, single, double) => {
    expect(quote(text, "'")).toBe(single)
    expect(quote(text, '"')).toBe(double)
    expect(new Function(`return ${single}`)()).toBe(text)
    expect(new Function(`return ${double}`)()).toBe(text)
  })

  it('leaves identifiers bare as property names and quotes the rest', () => {
    expect(propertyName('out_trade_no')).toBe('out_trade_no')
    expect(propertyName('Wechatpay-Serial', '"')).toBe('"Wechatpay-Serial"')
  })
})
