import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** The core entry bundled for the browser, in memory. */
export async function bundleClient(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('../../src/core/index.ts', import.meta.url)),
        formats: ['es'],
        fileName: 'client',
      },
    },
  })
  const result = Array.isArray(output) ? output[0] : output
  if (!result || !('output' in result)) throw new Error('The client bundle was not built.')
  return result.output[0].code
}

/**
 * Serves a page that loads the core entry as `window.kit`, on loopback; every tab opened on its
 * URL is of one origin (shared Web Locks, BroadcastChannel and localStorage).
 */
export async function startClientPage(clientCode: string) {
  const page = `<!doctype html><title>tab</title>
<script type="module">import * as kit from '/client.js'; window.kit = kit</script>`
  const server = createServer((req, res) => {
    const script = req.url === '/client.js'
    res.writeHead(script || req.url === '/' ? 200 : 404, {
      'content-type': script ? 'text/javascript' : 'text/html',
    })
    res.end(script ? clientCode : req.url === '/' ? page : '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
