import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { siteData } from '../../generator/emit/site/config.ts'
import { buildModel } from '../../generator/model/index.ts'
import { Resolver } from '../../generator/resolve/resolver.ts'
import { scratchDir } from '../helpers.ts'

/** A one-path spec whose `info` has the given extra lines (indented under `info:`). */
function specWithInfo(name: string, infoLines: readonly string[]): string {
  const file = path.join(scratchDir(`site-settings-${name}`), 'openapi.yaml')
  const lines = ['openapi: 3.1.0', 'info:', '  title: 站点', '  version: 1.0.0', ...infoLines.map((line) => `  ${line}`)]
  lines.push('paths:', '  /v3/things:', '    get:', "      responses: { '204': { description: No Content } }", '')
  writeFileSync(file, lines.join('\n'))
  return file
}

const errorsOf = (file: string): string[] => {
  try {
    buildModel(new Resolver(file))
    return []
  } catch (error) {
    const errors = (error as { errors?: Error[] }).errors ?? [error as Error]
    return errors.map((each) => each.message.replace(/^\S*openapi\.yaml:/, 'openapi.yaml:'))
  }
}

describe('info.x-site: the docs site settings', () => {
  it('without it: base /, no sitemap, no edit link, lastUpdated off, the info title', () => {
    const model = buildModel(new Resolver(specWithInfo('none', [])))
    expect(siteData(model)).toEqual({
      title: '站点',
      description: '',
      base: '/',
      lastUpdated: false,
      nav: [
        { text: '快速开始', link: '/guide/getting-started' },
        { text: '接口索引', link: '/' },
      ],
    })
  })

  it('takes the base from the URL, turns the sitemap on, and keeps the edit-link pattern', () => {
    const file = specWithInfo('all', [
      'x-site:',
      '  url: https://docs.example.com/wechatpay',
      '  editLink: https://github.com/example/sdk/edit/main/docs/:path',
      '  lastUpdated: true',
      '  title: 微信支付 SDK',
      '  description: 每个接口一页',
    ])
    expect(siteData(buildModel(new Resolver(file)))).toMatchObject({
      title: '微信支付 SDK',
      description: '每个接口一页',
      base: '/wechatpay/',
      hostname: 'https://docs.example.com/wechatpay/',
      editLink: 'https://github.com/example/sdk/edit/main/docs/:path',
      lastUpdated: true,
    })
  })

  it.each([
    ['a scalar', ['x-site: yes'], 'openapi.yaml:5:11: info.x-site must be a mapping (url, editLink, lastUpdated, title, description)'],
    [
      'an unknown key',
      ['x-site:', '  baseUrl: /x/'],
      "openapi.yaml:6:5: unknown key 'baseUrl' in info.x-site; known: url, editLink, lastUpdated, title, description",
    ],
    ['a relative url', ['x-site:', '  url: /docs/'], 'openapi.yaml:6:10: info.x-site.url must be an absolute http(s) URL, like https://example.com/docs/'],
    [
      'an edit link without :path',
      ['x-site:', '  editLink: https://example.com/edit'],
      "openapi.yaml:6:15: info.x-site.editLink must contain :path (the page's file under docs/)",
    ],
    ['lastUpdated as a string', ['x-site:', "  lastUpdated: 'no'"], 'openapi.yaml:6:18: info.x-site.lastUpdated must be true or false'],
  ])('%s is an error at its line and column', (_, lines, message) => {
    expect(errorsOf(specWithInfo(_.replace(/\W+/g, '-'), lines))).toEqual([message])
  })
})
