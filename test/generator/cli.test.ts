import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listFiles, staleFiles } from '../../generator/write/output-dir.ts'
import { generateFixture, ROOT, runCli, scratchDir } from '../helpers.ts'

describe('npm run generate', () => {
  it('--help and -h document every option, in the synopsis too', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout } = runCli([flag])
      expect(status).toBe(0)
      const synopsis = stdout.slice(0, stdout.indexOf('\n\n'))
      for (const option of ['--spec FILE', '--out DIR', '--check', '--watch', '--strict', '--warnings', '--allow-external-refs DIR', '-h | --help']) {
        expect(synopsis).toContain(option)
      }
    }
  })

  it('bad arguments: one error line before the help, exit code 2', () => {
    for (const args of [['--spec'], ['--check', '--watch'], ['extra']]) {
      const { status, stderr } = runCli(args)
      expect(status).toBe(2)
      expect(stderr).toMatch(/^error: .+\n\nUsage: /)
    }
  })

  it('keeps the tarball npm pack leaves in the output, says so, and --check does not count it', () => {
    const dir = path.join(scratchDir('tarball'), 'out')
    cpSync(path.join(ROOT, 'generated'), dir, { recursive: true })
    writeFileSync(path.join(dir, 'wechatpay-apiv3-1.0.0.tgz'), 'a tarball\n')
    const check = runCli(['--check', '--out', dir])
    expect(check.stdout).toMatch(/up to date/)
    expect(check.status).toBe(0)
    const again = runCli(['--out', dir])
    expect(again.status).toBe(0)
    expect(again.stdout).toContain(', 0 removed, 1 kept (wechatpay-apiv3-1.0.0.tgz), in ')
    expect(readFileSync(path.join(dir, 'wechatpay-apiv3-1.0.0.tgz'), 'utf8')).toBe('a tarball\n')
    // Anything else that is not generated is still stale.
    writeFileSync(path.join(dir, 'docs/stray.tgz'), 'not at the top\n')
    expect(runCli(['--check', '--out', dir]).stdout).toContain('  docs/stray.tgz\n')
  })

  it('rejects an unknown option with exit code 2', () => {
    const { status, stderr } = runCli(['--nope'])
    expect(status).toBe(2)
    expect(stderr).toMatch(/--nope/)
  })

  it('--check passes on the committed generated/', () => {
    const { status, stdout } = runCli(['--check'])
    expect(stdout).toMatch(/up to date/)
    expect(status).toBe(0)
  })

  it('--check fails after a one-character edit of any generated file, and names it', async () => {
    const dir = path.join(scratchDir('check'), 'out')
    cpSync(path.join(ROOT, 'generated'), dir, { recursive: true })
    const { files } = await generateFixture('spec')
    expect(await staleFiles(dir, files)).toEqual([])
    const generatedFiles = listFiles(dir)
    expect(generatedFiles).toEqual([...files.keys()].sort())
    const originals = new Map(generatedFiles.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]))
    /** Changes one character in the middle of the file: its size stays the same. */
    const editOne = (file: string) => {
      const original = originals.get(file)!
      const at = Math.floor(original.length / 2)
      writeFileSync(path.join(dir, file), original.slice(0, at) + (original[at] === 'x' ? 'y' : 'x') + original.slice(at + 1))
    }
    // Every file edited at once: each is named, so none is skipped.
    for (const file of generatedFiles) editOne(file)
    expect(await staleFiles(dir, files)).toEqual(generatedFiles)
    for (const [file, original] of originals) writeFileSync(path.join(dir, file), original)
    expect(await staleFiles(dir, files)).toEqual([])
    // One file edited: it alone is named.
    const one = generatedFiles[Math.floor(generatedFiles.length / 2)]!
    editOne(one)
    expect(await staleFiles(dir, files)).toEqual([one])
    writeFileSync(path.join(dir, one), originals.get(one)!)
    // And through the CLI, as CI runs it.
    const edited = path.join(dir, 'index.d.ts')
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('WeChatPay', 'WeChatPaY'))
    const { status, stdout } = runCli(['--check', '--out', dir])
    expect(status).toBe(1)
    expect(stdout).toContain('  index.d.ts')
  })

  it('--check lists missing and extra files', async () => {
    const dir = path.join(scratchDir('check-extra'), 'out')
    cpSync(path.join(ROOT, 'generated'), dir, { recursive: true })
    writeFileSync(path.join(dir, 'docs/extra.md'), 'not generated\n')
    const { files } = await generateFixture('spec')
    expect(await staleFiles(dir, files)).toEqual(['docs/extra.md'])
    expect(await staleFiles(path.join(dir, 'missing'), files)).toEqual([...files.keys()].sort())
  })

  it('writes a fresh directory, then rewrites only the files whose bytes change', async () => {
    const { files, model } = await generateFixture('spec')
    const dir = path.join(scratchDir('write'), 'out')
    const first = runCli(['--spec', 'spec/openapi.yaml', '--out', dir])
    expect(first.status).toBe(0)
    // Counted from the spec, so that adding an endpoint needs no edit here.
    expect(first.stdout).toMatch(
      new RegExp(`^${model.operations.length} operations, ${model.pages.length} pages: ${files.size} files written, 0 unchanged, 0 removed, in [\\d.]+ s\\n$`),
    )
    const page = path.join(dir, 'docs/openapi/v3/profitsharing/return-orders.md')
    const inode = statSync(page).ino
    const second = runCli(['--spec', 'spec/openapi.yaml', '--out', dir])
    expect(second.stdout).toContain(`0 files written, ${files.size} unchanged, 0 removed`)
    expect(statSync(page).ino).toBe(inode)
  })

  it('after editing one path file, rewrites only the files that change and --check names them', async () => {
    const specDir = scratchDir('edit-spec')
    cpSync(path.join(ROOT, 'spec'), specDir, { recursive: true })
    const dir = path.join(scratchDir('edit-out'), 'out')
    expect(runCli(['--spec', path.join(specDir, 'openapi.yaml'), '--out', dir]).status).toBe(0)
    const untouched = path.join(dir, 'docs/openapi/v3/ecommerce/subsidies/return.md')
    const inode = statSync(untouched).ino
    const item = path.join(specDir, 'paths/v3/profitsharing/return-orders.yaml')
    writeFileSync(item, readFileSync(item, 'utf8').replace('summary: 请求分账回退API', 'summary: 请求分账回退接口API'))
    const check = runCli(['--check', '--spec', path.join(specDir, 'openapi.yaml'), '--out', dir])
    expect(check.status).toBe(1)
    expect(check.stdout).toContain('  docs/openapi/v3/profitsharing/return-orders.md\n')
    expect(check.stdout).not.toContain('subsidies/return.md')
    const again = runCli(['--spec', path.join(specDir, 'openapi.yaml'), '--out', dir])
    expect(again.status).toBe(0)
    expect(statSync(untouched).ino).toBe(inode)
    expect(again.stdout).toMatch(/: [1-9]\d* files written, \d+ unchanged, 0 removed/)
  })

  it('refuses to replace a directory it did not make', () => {
    const dir = scratchDir('foreign')
    writeFileSync(path.join(dir, 'precious.txt'), 'keep me\n')
    const { status, stderr } = runCli(['--out', dir])
    expect(status).toBe(1)
    expect(stderr).toMatch(/refusing to replace/)
    expect(readFileSync(path.join(dir, 'precious.txt'), 'utf8')).toBe('keep me\n')
  })
})
