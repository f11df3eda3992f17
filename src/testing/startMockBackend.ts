import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { MockControl } from './mockBackend/control.js'
import { createMockBackend, type MockBackend } from './mockBackend/createMockBackend.js'
import type { MockStats } from './mockBackend/stats.js'
import type { MockBackendOptions } from './mockBackend/types.js'

/** Options of {@link startMockBackend}: where to listen, plus every backend option. */
export interface StartMockBackendOptions extends MockBackendOptions {
  /** The TCP port; `0` picks a free one. A fixed port lets an app in development find the backend. @default 0 */
  port?: number
  /** The address to listen on, e.g. `localhost` or `::1`. Keep it on loopback: this is a test double. @default '127.0.0.1' */
  host?: string
}

/** A mock backend served over real HTTP on loopback. */
export interface RunningMockBackend {
  /** The origin to send requests to, e.g. `http://127.0.0.1:53124` (an IPv6 host in brackets). */
  readonly url: string
  /**
   * Stops the server and destroys open connections; resolves once the port is closed.
   * Calling it again returns the same promise.
   */
  close(): Promise<void>
  /** Faults, rate limits, modes and sessions of the running backend. */
  readonly control: MockControl
  /** The counters of the running backend. */
  readonly stats: MockStats
  /** The backend itself, e.g. to serve it through MSW as well. */
  readonly backend: MockBackend
}

async function toRequest(req: IncomingMessage, origin: string, signal: AbortSignal) {
  const headers = new Headers()
  for (let index = 0; index < req.rawHeaders.length; index += 2) {
    headers.append(req.rawHeaders[index] as string, req.rawHeaders[index + 1] as string)
  }
  const method = req.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method !== 'GET' && method !== 'HEAD') for await (const chunk of req) chunks.push(chunk)
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
  return new Request(origin + (req.url ?? '/'), { method, headers, body, signal })
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status
  // The backend dates its answers with its own (possibly fake) clock.
  if (response.headers.has('date')) res.sendDate = false
  for (const [name, value] of response.headers) res.setHeader(name, value)
  if (!response.body) return void res.end()
  const reader = response.body.getReader()
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (res.destroyed) return void reader.cancel()
    if (!res.write(chunk.value)) {
      await new Promise((resolve) => {
        res.once('drain', resolve)
        res.once('close', resolve)
      })
    }
  }
  res.end()
}

/**
 * Starts a mock backend over HTTP, on `127.0.0.1` and a free port unless told otherwise.
 * `node:http` is loaded only when this runs, so the `testing` entry can still be bundled for
 * the browser.
 *
 * @example
 * const server = await startMockBackend({ mode: 'backstack' })
 * const dev = await startMockBackend({ port: 8787 }) // for an app in development: http://127.0.0.1:8787
 * const response = await fetch(`${server.url}/v1/data/posts`, { headers: { 'X-API-Key': 'pk_test_demo' } })
 * await server.close()
 */
export async function startMockBackend(
  options: StartMockBackendOptions = {},
): Promise<RunningMockBackend> {
  const { port = 0, host = '127.0.0.1', ...backendOptions } = options
  if (!(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    throw new TypeError(
      `startMockBackend needs a port from 0 to 65535 (0 picks a free one); got ${port}.`,
    )
  }
  const { createServer } = await import('node:http')
  const backend = createMockBackend(backendOptions)
  const sockets = new Set<Socket>()
  let origin = ''

  const server = createServer((req, res) => {
    const controller = new AbortController()
    // A client that hangs up aborts the request, so slow answers stop.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort()
    })
    void (async () => {
      try {
        const response = await backend.handle(await toRequest(req, origin, controller.signal))
        if (response.type === 'error') return void req.socket.destroy()
        await writeResponse(response, res)
      } catch (error) {
        if (controller.signal.aborted) return
        res.statusCode = 500
        res.end(String(error))
      }
    })()
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `startMockBackend could not listen on ${host}:${port} (${error.code ?? error.message}): pick another port, or 0 for a free one.`,
          { cause: error },
        ),
      ),
    )
    server.listen(port, host, () => resolve())
  })
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('The mock backend did not get a TCP port.')
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`

  // One promise for every call: a test and its afterEach may both close the server.
  let closing: Promise<void> | undefined
  return {
    url: origin,
    control: backend.control,
    stats: backend.stats,
    backend,
    close: () =>
      (closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        for (const socket of sockets) socket.destroy()
      })),
  }
}
