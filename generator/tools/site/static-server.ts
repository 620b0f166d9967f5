import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  readonly url: string
  close(): Promise<void>
}

/**
 * Serves a built VitePress site from `dir` on `host`:`port` (by default 127.0.0.1 and a free port), as a static host does: `/a/` → `a/index.html`,
 * `/a/b` → `a/b.html`, a missing file → `404.html` with status 404. Paths are percent-decoded (`%7Bx%7D` → `{x}`).
 */
export async function serveStatic(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = path.resolve(dir)
  const server = createServer((request, response) => {
    const file = resolveFile(root, new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const status = file ? 200 : 404
    const served = file ?? path.join(root, '404.html')
    response.writeHead(status, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' })
    createReadStream(served).pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function resolveFile(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const file = path.join(root, decoded)
  if (file !== root && !file.startsWith(root + path.sep)) return undefined
  for (const candidate of [file, path.join(file, 'index.html'), `${file}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}
