/**
 * `npm run test:site`: the documentation site in a real browser. For each spec below it generates the output into a
 * scratch folder, builds the site with `npm run docs:build`, serves the static files on 127.0.0.1 and drives Debian's
 * Chromium through playwright-core: every page shows its title and description, hovering a method in a code block
 * shows its signature, the sidebar and the index list every endpoint, the local search finds an endpoint by its
 * Chinese title and leads to its page, a webhook page, the guide and the 404 page show, no page logs an error.
 * Screenshots (the hover, the search, the webhook page) go to test/.artifacts/. First, a page with a type error must fail the build, naming the page (a real build takes most
 * of a minute, so this lives here rather than in `npm test`). Not part of `vitest run` (its name does not end in
 * .test.ts). Exits 1 on any failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page as BrowserPage } from 'playwright-core'
import { generate } from '../../generator/index.ts'
import { webhookPageLink } from '../../generator/emit/shared/page-paths.ts'
import type { ApiModel, Operation, Page } from '../../generator/model/types.ts'
import { listFiles, writeOutput } from '../../generator/write/output-dir.ts'
import { buildSite } from './build-site.ts'
import { assert, assertEqual, Checks } from './checks.ts'
import { cacheDirOf } from '../../generator/tools/site/paths.ts'
import { highlightCacheDir } from '../../generator/tools/site/twoslash-key.ts'
import { serveStatic, type StaticServer } from '../../generator/tools/site/static-server.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ARTIFACTS = path.join(ROOT, 'test/.artifacts')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const BUILD_TIMEOUT = 300_000
const STEP_TIMEOUT = 20_000
const WHOLE_RUN_TIMEOUT = 900_000
/** The path the check asks for to get the 404 page; its 404 answer is expected, not an error. */
const MISSING_PAGE = '/openapi/no-such-page.html'

interface SiteSpec {
  readonly name: string
  readonly spec: string
  /** Out of the repository: the build must find its packages through the link it makes. */
  readonly outOfTree: boolean
}

const SITES: readonly SiteSpec[] = [
  // The project's spec: the two golden pages (older and newer link styles).
  { name: 'spec', spec: 'spec/openapi.yaml', outOfTree: false },
  // Several tags, an untagged operation, a page of two methods with different tags, `{param}` paths, a title with `| {{ <`.
  { name: 'site-tags', spec: 'test/fixtures/specs/site-tags/openapi.yaml', outOfTree: true },
]

const checks = new Checks()

async function main(): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true })
  await checkBrokenPageFailsBuild()
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: STEP_TIMEOUT })
  try {
    for (const site of SITES) await checkSite(browser, site)
  } finally {
    await browser.close()
  }
}

async function checkSite(browser: Browser, site: SiteSpec): Promise<void> {
  process.stdout.write(`${site.name} (${site.spec})\n`)
  const scratch = path.join(ROOT, '.tmp/site-check')
  mkdirSync(scratch, { recursive: true })
  const dir = site.outOfTree ? mkdtempSync(path.join(tmpdir(), `site-check-${site.name}-`)) : path.join(scratch, site.name)
  const outDir = path.join(scratch, `${site.name}-dist`)
  rmSync(outDir, { recursive: true, force: true })
  if (!site.outOfTree) rmSync(dir, { recursive: true, force: true })

  const { model, files } = await generate(path.join(ROOT, site.spec))
  await writeOutput(dir, files)

  const started = performance.now()
  const build = await buildSite(dir, outDir, BUILD_TIMEOUT)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  await checks.run(`docs:build succeeds (${seconds} s)`, () =>
    assert(build.code === 0, `exit code ${build.code}\n${build.output.trim().split('\n').slice(-15).join('\n')}`),
  )
  await checks.run('docs:build leaves the docs folder as generated', () => {
    assert(!existsSync(path.join(dir, 'docs/node_modules')), 'docs/node_modules (the dependency link) is left behind')
    assert(!existsSync(path.join(dir, 'docs/.vitepress/cache')), 'docs/.vitepress/cache was written')
    assert(!existsSync(path.join(dir, 'docs/.vitepress/dist')), 'docs/.vitepress/dist was written')
  })
  if (build.code !== 0) return

  const server = await serveStatic(outDir)
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  const tab = await context.newPage()
  tab.setDefaultTimeout(STEP_TIMEOUT)
  tab.setDefaultNavigationTimeout(STEP_TIMEOUT)
  const errors: string[] = []
  tab.on('pageerror', (error) => errors.push(`${tab.url()}: ${error.message}`))
  tab.on('console', (message) => {
    if (message.type() !== 'error') return
    // The browser asks for /favicon.ico by itself; the site does not link one. The 404 page is asked for on purpose.
    if (['/favicon.ico', MISSING_PAGE].includes(new URL(message.location().url || tab.url()).pathname)) return
    errors.push(`${tab.url()}: ${message.text()} (${message.location().url})`)
  })
  tab.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== MISSING_PAGE) errors.push(`${tab.url()}: GET ${response.url()}: ${response.status()}`)
  })
  try {
    await checkPages(tab, server, model)
    await checkWebhookPage(tab, server, model, site.name)
    await checkHover(tab, server, model, site.name)
    await checkIndex(tab, server, model)
    await checkSearch(tab, server, model, site.name)
    await checkGuideAndNav(tab, server, model)
    await checkNotFound(tab, server)
    await checkSitemap(outDir, model)
    // An out-of-tree site starts with empty caches: its first build wrote them, a second one reads them.
    if (site.outOfTree) {
      await checkWarmRebuild(dir, outDir)
      await checkIncrementalRebuild(tab, server, dir, outDir)
    }
    await checks.run('no page logs an error', () => assert(errors.length === 0, errors.join('\n')))
  } finally {
    await context.close()
    await server.close()
    // An out-of-tree folder has a new name every run: its VitePress and twoslash caches would only pile up.
    if (site.outOfTree) for (const folder of [dir, cacheDirOf(path.join(dir, 'docs'))]) rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * A rebuild into another folder (so every page is built) with the caches of the first build on disk gives the same
 * site, byte for byte (each page's compiled chunk and HTML, the search index and every chunk named by its hash), and
 * reads the blocks' highlighted HTML from the cache (none of its files is written again).
 */
async function checkWarmRebuild(dir: string, outDir: string): Promise<void> {
  const docsDir = path.join(dir, 'docs')
  const htmlCache = highlightCacheDir(cacheDirOf(docsDir), docsDir, 'on')
  const cached = () => new Map(listFiles(htmlCache).map((file) => [file, statSync(path.join(htmlCache, file)).mtimeMs]))
  await checks.run('a full rebuild with the caches on disk gives the same site, its blocks read from the cache', async () => {
    const before = cached()
    assert(before.size > 0, `no highlighted block was kept in ${htmlCache}`)
    const warmDir = `${outDir}-warm`
    rmSync(warmDir, { recursive: true, force: true })
    const build = await buildSite(dir, warmDir, BUILD_TIMEOUT)
    assert(build.code === 0, `the rebuild failed: exit code ${build.code}\n${build.output.trim().split('\n').slice(-15).join('\n')}`)
    assert(/: all \d+ pages: no earlier build into this folder\n/.test(build.output), `not a full build:\n${build.output.trim()}`)
    assertSameSite(warmDir, outDir)
    const rewritten = [...cached()].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => file)
    assert(rewritten.length === 0, `the rebuild highlighted ${rewritten.length} blocks again instead of reading them from the cache`)
    rmSync(warmDir, { recursive: true, force: true })
  })
}

/**
 * After one page's code block changed, a build into the same folder bundles and renders that page alone and folds
 * it into the site: the result is what a full build of the changed sources gives, byte for byte, and in the browser
 * the changed page shows the change and leads, by a client-side link, to a page that was not rebuilt.
 */
async function checkIncrementalRebuild(tab: BrowserPage, server: StaticServer, dir: string, outDir: string): Promise<void> {
  const docsDir = path.join(dir, 'docs')
  const pages = listFiles(path.join(docsDir, 'openapi')).filter((file) => file.endsWith('.md'))
  const edited = pages.find((file) => readFileSync(path.join(docsDir, 'openapi', file), 'utf8').includes('// ---cut---\n'))
  const marker = 'rebuiltAlone'
  await checks.run('a build after one page changed rebuilds that page alone', async () => {
    assert(edited !== undefined, `no page with a twoslash block under ${docsDir}/openapi`)
    const file = path.join(docsDir, 'openapi', edited)
    writeFileSync(file, readFileSync(file, 'utf8').replace('// ---cut---\n', `// ---cut---\nconst ${marker} = 1\n`))
    const build = await buildSite(dir, outDir, BUILD_TIMEOUT)
    assert(build.code === 0, `the rebuild failed: exit code ${build.code}\n${build.output.trim().split('\n').slice(-15).join('\n')}`)
    const pageCount = listFiles(docsDir).filter((file) => file.endsWith('.md') && !file.startsWith('node_modules/')).length
    const rebuilt = `: rebuilt 1 changed of ${pageCount} pages (openapi/${edited})\n`
    assert(build.output.includes(rebuilt), `expected "${rebuilt.trim()}" in:\n${build.output.trim()}`)
  })
  await checks.run('that build gives the site a full build of the changed sources gives, byte for byte', async () => {
    const fullDir = `${outDir}-full`
    rmSync(fullDir, { recursive: true, force: true })
    const build = await buildSite(dir, fullDir, BUILD_TIMEOUT, ['--full'])
    assert(build.code === 0, `the full build failed: exit code ${build.code}\n${build.output.trim().split('\n').slice(-15).join('\n')}`)
    assertSameSite(outDir, fullDir)
    rmSync(fullDir, { recursive: true, force: true })
  })
  await checks.run('the rebuilt page shows the change and links on to a page that was not rebuilt', async () => {
    assert(edited !== undefined, 'no page was edited')
    await open(tab, server, `/openapi/${edited.replace(/\.md$/, '.html')}`)
    assert((await tab.locator('.vp-doc').innerText()).includes(marker), `the page does not show ${marker}`)
    // The footer's link to the next (or previous) page in the sidebar: a client-side navigation, which loads that
    // page's chunk, kept from the first build, into the app and framework of the rebuilt site.
    const pager = tab.locator('a.pager-link').first()
    const href = await pager.getAttribute('href')
    const title = (await pager.locator('.title').innerText()).trim()
    assert(href !== null && title !== '', 'the page has no link to a next or previous page')
    assert(href !== `/openapi/${edited.replace(/\.md$/, '.html')}`, 'the footer links the page itself')
    await pager.click()
    await tab.waitForURL((url) => url.pathname === href)
    await tab.locator('.vp-doc h1').first().waitFor()
    assert((await tab.title()).startsWith(title), `after the link, the title is ${JSON.stringify(await tab.title())}, not ${JSON.stringify(title)}`)
  })
}

/** Two built sites hold the same files with the same bytes. */
function assertSameSite(actual: string, expected: string): void {
  const files = listFiles(expected)
  assert(files.length > 0, `no files in ${expected}`)
  assertEqual(listFiles(actual).join('\n'), files.join('\n'), `the files of ${actual}`)
  const differing = files.filter((file) => !readFileSync(path.join(actual, file)).equals(readFileSync(path.join(expected, file))))
  assert(differing.length === 0, `${actual} differs from ${expected} in ${differing.length} files: ${differing.slice(0, 5).join(', ')}`)
}

/** `docs:build` fails on a type error in a page, and its closing line names the page and the error. */
async function checkBrokenPageFailsBuild(): Promise<void> {
  process.stdout.write('a page with a type error (site-tags)\n')
  const dir = path.join(ROOT, '.tmp/site-check/broken')
  const outDir = `${dir}-dist`
  for (const folder of [dir, outDir]) rmSync(folder, { recursive: true, force: true })
  const { files } = await generate(path.join(ROOT, 'test/fixtures/specs/site-tags/openapi.yaml'))
  await writeOutput(dir, files)
  const page = path.join(dir, 'docs/openapi/v3/profitsharing/orders.md')
  const text = readFileSync(page, 'utf8')
  const broken = text.replace('extends AxiosRequestConfig {', 'extends AxiosRequestConfigX {')
  try {
    await checks.run('the page is broken as intended', () => assert(broken !== text, `no 'extends AxiosRequestConfig {' in ${page}`))
    writeFileSync(page, broken)
    const build = await buildSite(dir, outDir, BUILD_TIMEOUT)
    await checks.run('docs:build exits 1', () => assertEqual(build.code, 1, 'exit code'))
    await checks.run('docs:build names the page and the error on its closing line', () =>
      assertEqual(
        build.output.trim().split('\n').at(-1),
        `docs:build failed: ${path.relative(ROOT, page)}: TS2552: Cannot find name 'AxiosRequestConfigX'. Did you mean 'RequestConfig'?`,
        'closing line',
      ),
    )
  } finally {
    for (const folder of [dir, outDir]) rmSync(folder, { recursive: true, force: true })
  }
}

/** Every page shows, per method, its heading (the page title for a one-method page) and description. */
async function checkPages(tab: BrowserPage, server: StaticServer, model: ApiModel): Promise<void> {
  for (const page of model.pages) {
    await checks.run(`page ${page.path} shows its title and description`, async () => {
      await open(tab, server, pageHref(page.path))
      // VitePress drops HTML tags from the document title (`<b>`), as a browser tab would show nothing of them anyway.
      const title = oneLine(page.title.replace(/<[^>]*>/g, ''))
      assert((await tab.title()).startsWith(title), `document title ${JSON.stringify(await tab.title())} does not start with ${JSON.stringify(title)}`)
      const single = page.operations.length === 1
      for (const operation of page.operations) {
        const heading = tab.locator(`.vp-doc h1[id="${operation.method}"]`)
        assertEqual(clean(await heading.innerText()), oneLine(single ? page.title : operation.title), `heading #${operation.method}`)
        const description = oneLine(single ? page.description : operation.description)
        const paragraph = clean(await tab.locator(`.vp-doc h1[id="${operation.method}"] + p`).innerText())
        assert(
          paragraph.startsWith(description),
          `the description under #${operation.method} is ${JSON.stringify(paragraph)}, expected ${JSON.stringify(description)}`,
        )
      }
    })
  }
}

/** One webhook page (the first of the model, when the spec has webhooks) shows its title, its `#post` heading and a rendered twoslash block. */
async function checkWebhookPage(tab: BrowserPage, server: StaticServer, model: ApiModel, name: string): Promise<void> {
  const webhook = model.webhooks[0]
  if (!webhook) return
  await checks.run(`webhook page ${webhook.eventType} shows its title, heading and handler`, async () => {
    await open(tab, server, webhookHref(webhook.eventType))
    assert((await tab.title()).startsWith(oneLine(webhook.title)), `document title ${JSON.stringify(await tab.title())}`)
    assertEqual(clean(await tab.locator('.vp-doc h1[id="post"]').innerText()), oneLine(webhook.title), 'heading #post')
    const handler = tab.locator('.vp-doc h2[id="handler"] ~ div.language-js .twoslash-hover').first()
    await handler.waitFor({ state: 'visible' })
    assert((await tab.locator('.vp-doc details').count()) > 0, 'no ::: details block (the decrypted resource)')
    await tab.screenshot({ path: path.join(ARTIFACTS, `site-${name}-webhook.png`) })
  })
}

/** Hovering the method name in the first code block pops up its signature; the screenshot shows it. */
async function checkHover(tab: BrowserPage, server: StaticServer, model: ApiModel, name: string): Promise<void> {
  const operation = model.operations.find((candidate) => candidate.method === 'post') ?? model.operations[0]!
  await checks.run(`hovering \`${operation.method}\` on ${operation.path} shows its signature`, async () => {
    await open(tab, server, pageHref(operation.path))
    // The rich renderer's hover: <span class="twoslash-hover"><span class="twoslash-popup-container">…</span>post</span>.
    const hovers = tab.locator(`.vp-doc h1[id="${operation.method}"] ~ div.language-js .twoslash-hover`)
    const index = await hovers.evaluateAll(
      (nodes, name) => nodes.findIndex((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent === name)),
      operation.method,
    )
    assert(index >= 0, `no hover token \`${operation.method}\` in the code block under #${operation.method}`)
    const token = hovers.nth(index)
    await token.scrollIntoViewIfNeeded()
    const popup = token.locator('.twoslash-popup-container').first()
    assertEqual(await popup.evaluate((element) => getComputedStyle(element).opacity), '0', 'the popup before hovering (opacity)')
    // The mouse itself (playwright's hover() refuses: once the popup shows, it covers the point it checks).
    const box = await token.boundingBox()
    assert(box, `the token \`${operation.method}\` has no box`)
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 })
    // The rich renderer's popup is in the page from the start; hovering fades it in (CSS).
    await tab.waitForFunction((element) => getComputedStyle(element).opacity === '1', await popup.elementHandle())
    // Inside its code block and the window, whichever token it is for (it once ran past the right edge).
    const shown = await popup.boundingBox()
    const block = await tab.locator(`.vp-doc h1[id="${operation.method}"] ~ div.language-js`).first().boundingBox()
    assert(shown && block, 'the popup or its code block has no box')
    const width = await tab.evaluate(() => document.documentElement.clientWidth)
    assert(
      shown.x >= block.x - 0.5 && shown.x + shown.width <= Math.min(block.x + block.width, width) + 0.5,
      `the popup spans x ${shown.x}–${shown.x + shown.width}, outside its code block (${block.x}–${block.x + block.width}) or the window (0–${width})`,
    )
    // And its text wraps inside it: no line runs past its box.
    const overflow = await popup.evaluate((element) =>
      [...element.querySelectorAll('*')].some((child) => child.scrollWidth > child.clientWidth + 1 && getComputedStyle(child).overflowX === 'visible'),
    )
    assert(!overflow, 'a line of the popup runs past its box')
    const text = await popup.locator('.twoslash-popup-code').innerText()
    const expected = `${operation.method}(${operation.request.kind === 'none' ? '' : 'data'}`
    assert(text.includes(expected), `the popup reads ${JSON.stringify(text)}; expected it to contain ${JSON.stringify(expected)}`)
    await tab.screenshot({ path: path.join(ARTIFACTS, `site-${name}.png`) })
  })
}

/** The sidebar links every page with its title; the index links every operation with its method and path. */
async function checkIndex(tab: BrowserPage, server: StaticServer, model: ApiModel): Promise<void> {
  await open(tab, server, '/')
  await checks.run('the sidebar lists every page, titled', async () => {
    const links = await tab
      .locator('.VPSidebar a.VPLink')
      .evaluateAll((anchors) => anchors.map((anchor) => [decodeURI(anchor.getAttribute('href') ?? ''), (anchor.textContent ?? '').trim()]))
    const webhooks =
      model.webhooks.length === 0 ? [] : [['/webhook/', '总览'], ...model.webhooks.map((webhook) => [webhookHref(webhook.eventType), oneLine(webhook.title)])]
    const expected = [...model.pages.map((page) => [pageHref(page.path), oneLine(page.title)]), ...webhooks]
    assertEqual(links.sort(byFirst), expected.sort(byFirst), 'sidebar links')
  })
  await checks.run('the index lists every operation with its method and path', async () => {
    const rows = await tab.locator('.vp-doc table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())
        return [cells[0] ?? '', cells[1] ?? '', decodeURI(tr.querySelector('a')?.getAttribute('href') ?? ''), cells[2] ?? '']
      }),
    )
    const expected = model.operations.map((operation: Operation) => [
      operation.method.toUpperCase(),
      operation.path,
      `${pageHref(operation.path)}#${operation.method}`,
      oneLine(operation.title),
    ])
    assertEqual(rows.sort(byFirst2), expected.sort(byFirst2), 'index rows')
  })
}

/**
 * The local search: typing a page's Chinese title into the search box lists that page first, and choosing the
 * result lands on it. The page is the first (in path order) whose title has Chinese characters and is unique.
 */
async function checkSearch(tab: BrowserPage, server: StaticServer, model: ApiModel, name: string): Promise<void> {
  const titles = model.pages.map((page) => oneLine(page.title.replace(/<[^>]*>/g, '')))
  const page = model.pages.find((_, index) => /\p{Script=Han}/u.test(titles[index]!) && titles.indexOf(titles[index]!) === titles.lastIndexOf(titles[index]!))
  if (!page) return
  const title = oneLine(page.title.replace(/<[^>]*>/g, ''))
  await checks.run(`searching for “${title}” finds ${page.path} first and opens it`, async () => {
    await open(tab, server, '/')
    await tab.locator('.VPNavBarSearch button').first().click()
    const input = tab.locator('.VPLocalSearchBox input')
    await input.waitFor({ state: 'visible' })
    await input.fill(title)
    const first = tab.locator('.VPLocalSearchBox .results li a.result').first()
    await first.waitFor({ state: 'visible' })
    const href = decodeURI(new URL((await first.getAttribute('href')) ?? '', server.url).pathname)
    assertEqual(href, pageHref(page.path), 'the first result')
    await tab.screenshot({ path: path.join(ARTIFACTS, `site-${name}-search.png`) })
    await first.click()
    await tab.waitForURL((url) => decodeURI(url.pathname) === pageHref(page.path))
    // The URL changes before the new page is rendered (client-side navigation): wait for its document title.
    await tab.waitForFunction((expected) => document.title.startsWith(expected), title)
  })
}

/** The top nav links the guide (which shows its title and a type popup) and, when there are webhooks, their overview. */
async function checkGuideAndNav(tab: BrowserPage, server: StaticServer, model: ApiModel): Promise<void> {
  await checks.run('the nav links the guide, the index and the webhooks; the guide shows its sections', async () => {
    await open(tab, server, '/')
    const nav = await tab
      .locator('.VPNavBarMenu a')
      .evaluateAll((anchors) => anchors.map((anchor) => [(anchor.textContent ?? '').trim(), anchor.getAttribute('href')]))
    const expected = [['快速开始', '/guide/getting-started.html'], ['接口索引', '/'], ...(model.webhooks.length > 0 ? [['回调通知', '/webhook/']] : [])]
    assertEqual(nav, expected, 'nav links')
    await tab.locator('.VPNavBarMenu a', { hasText: '快速开始' }).click()
    await tab.waitForURL((url) => url.pathname === '/guide/getting-started.html')
    // The URL changes before the new page is rendered (client-side navigation): wait for its heading.
    await tab.locator('.vp-doc h1', { hasText: '快速开始' }).waitFor({ state: 'visible' })
    const headings = await tab.locator('.vp-doc h2').evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\u200b/g, '').trim()))
    assertEqual(headings, ['安装', '构造客户端', '第一次调用', '接收回调通知', '处理错误'], "the guide's sections")
    assert((await tab.locator('.vp-doc .twoslash-hover').count()) > 0, "the guide's code blocks have no type popups")
  })
}

/** An unknown address gets status 404 and VitePress's 404 page, with its text from the config. */
async function checkNotFound(tab: BrowserPage, server: StaticServer): Promise<void> {
  await checks.run('an unknown page answers 404 with the 404 page', async () => {
    const response = await tab.goto(server.url + MISSING_PAGE, { waitUntil: 'networkidle' })
    assertEqual(response?.status(), 404, 'status')
    await tab.locator('.NotFound').waitFor({ state: 'visible' })
    assert((await tab.locator('.NotFound').innerText()).includes('页面不存在'), 'the 404 page does not say 页面不存在')
  })
}

/** With `info.x-site.url` the build writes sitemap.xml, one URL per page under that URL; without it, none. */
async function checkSitemap(outDir: string, model: ApiModel): Promise<void> {
  const file = path.join(outDir, 'sitemap.xml')
  const { url } = model.info.site
  await checks.run(url ? `sitemap.xml lists every page under ${url}` : 'no sitemap.xml without info.x-site.url', () => {
    if (!url) return assert(!existsSync(file), 'sitemap.xml was written')
    const listed = [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => decodeURI(match[1]!))
    const base = url.replace(/\/*$/, '/')
    for (const page of model.pages) {
      const expected = `${base}${pageHref(page.path).slice(1)}`
      assert(listed.includes(expected), `sitemap.xml does not list ${expected}`)
    }
  })
}

async function open(tab: BrowserPage, server: StaticServer, href: string): Promise<void> {
  const response = await tab.goto(server.url + encodeURI(href), { waitUntil: 'networkidle' })
  assert(response?.status() === 200, `GET ${href}: ${response?.status()}`)
}

/** Where VitePress (clean URLs off) links a webhook's page: `/webhook/v3/TRANSACTION.SUCCESS.html`. */
function webhookHref(eventType: string): string {
  return `${webhookPageLink(eventType)}.html`
}

/** Where VitePress (clean URLs off) links the page of `urlPath`: `/openapi/v3/a.html`, `/openapi/v3/a/` for `/v3/a/`. */
function pageHref(urlPath: Page['path']): string {
  return `/openapi${urlPath}${urlPath.endsWith('/') ? '' : '.html'}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Text of an element without the heading anchor VitePress appends (a zero-width space). */
function clean(text: string): string {
  return oneLine(text.replace(/\u200b/g, ''))
}

function byFirst(a: string[], b: string[]): number {
  return a.join('\n') < b.join('\n') ? -1 : a.join('\n') > b.join('\n') ? 1 : 0
}

function byFirst2(a: string[], b: string[]): number {
  return byFirst([a[2]!, ...a], [b[2]!, ...b])
}

const watchdog = setTimeout(() => {
  process.stdout.write(`test:site did not finish within ${WHOLE_RUN_TIMEOUT / 1000} s\n${checks.passed} passed, ${checks.failed + 1} failed\n`)
  process.exit(1)
}, WHOLE_RUN_TIMEOUT)

main()
  .catch((error: unknown) => checks.fail('test:site', error))
  .finally(() => {
    clearTimeout(watchdog)
    process.stdout.write(`${checks.summary()}\n`)
    process.exitCode = checks.failed === 0 && checks.passed > 0 ? 0 : 1
  })
