import { createServer } from 'vitepress'
import { siteEnvironment } from './build.ts'
import { linkDependencies } from './deps-link.ts'
import { cacheDirOf, REPO_ROOT } from './paths.ts'

type DevServer = Awaited<ReturnType<typeof createServer>>

/** Serves `docsDir` with VitePress's dev server until stopped; `close` stops it and removes the dependency link. */
export async function serveSite(docsDir: string, port: number, host: string): Promise<{ server: DevServer; close: () => Promise<void> }> {
  const unlink = linkDependencies(docsDir)
  Object.assign(process.env, siteEnvironment(docsDir))
  try {
    // The theme's packages are served from the repository's node_modules, wherever the docs folder is.
    const server = await createServer(docsDir, { port, host, strictPort: true, fs: { allow: [REPO_ROOT, docsDir, cacheDirOf(docsDir)] } })
    await server.listen()
    return {
      server,
      close: async () => {
        await server.close()
        unlink()
      },
    }
  } catch (error) {
    unlink()
    throw error
  }
}
