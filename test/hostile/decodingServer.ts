// A server that answers like a hostile or broken one, on loopback: error pages built to make a
// decoder slow, field names built the same way, and bodies that never end or trickle.
import { createServer, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** The shapes of error body that name a field, each with the hostile name where the field goes. */
export const fieldBodies = {
  laravel: (name: string) => ({ message: 'Invalid.', errors: { [name]: ['Bad value.'] } }),
  generic: (name: string) => ({
    message: 'Invalid.',
    errors: [{ field: name, message: 'Bad value.' }],
  }),
  'json-api': (name: string) => ({
    errors: [
      { status: '422', detail: 'Bad value.', source: { pointer: `/data/attributes/${name}` } },
    ],
  }),
  graphql: (name: string) => ({
    errors: [{ message: 'Bad value.', extensions: { code: 'BAD_USER_INPUT', field: name } }],
  }),
  backstack: (name: string) => ({
    error: { type: 'user', code: 422, message: 'Bad value.', fields: { [name]: 'Bad value.' } },
  }),
  'problem-details': (name: string) => ({
    type: 'about:blank',
    title: 'Invalid.',
    status: 422,
    errors: [{ detail: 'Bad value.', pointer: `#/${name}` }],
  }),
  fastapi: (name: string) => ({ detail: [{ loc: ['body', name], msg: 'Bad value.', type: 'x' }] }),
  django: (name: string) => ({ [name]: ['Bad value.'] }),
} as const

/** The format each body of {@link fieldBodies} decodes as. */
export type FieldFormat = keyof typeof fieldBodies

/** `unit` repeated to `bytes` characters (ASCII, so as many bytes). */
export const repeatTo = (unit: string, bytes: number) =>
  unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)

/** Endless answers still being sent: a cancelled body read closes its connection, and so its answer. */
let streaming = 0

function stream(res: ServerResponse, status: number, type: string): void {
  streaming++
  res.on('close', () => streaming--)
  res.writeHead(status, { 'content-type': type })
}

function answer(res: ServerResponse, url: URL): void {
  const bytes = Number(url.searchParams.get('bytes') ?? 0)
  const unit = url.searchParams.get('unit') ?? '<title'
  switch (url.pathname) {
    case '/html':
      res.writeHead(502, { 'content-type': 'text/html' })
      return void res.end(repeatTo(unit, bytes))
    case '/fields': {
      const format = url.searchParams.get('format') as FieldFormat
      const type = format === 'problem-details' ? 'application/problem+json' : 'application/json'
      res.writeHead(422, { 'content-type': type })
      return void res.end(JSON.stringify(fieldBodies[format](repeatTo(unit, bytes))))
    }
    case '/never-ends':
      // The headers and the start of a body, then nothing, for as long as the client listens.
      stream(res, 502, 'application/json')
      return void res.write('{"message":')
    case '/trickle': {
      stream(res, 500, 'text/plain')
      const timer = setInterval(() => res.write('.'), 5)
      return void res.on('close', () => clearInterval(timer))
    }
    default:
      res.writeHead(404).end()
  }
}

/** Starts the server on `127.0.0.1`; `close()` ends it and every connection still open. */
export async function startDecodingServer() {
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => answer(res, new URL(req.url ?? '/', 'http://x')))
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `http://127.0.0.1:${port}`,
    /** How many endless answers are still being sent. */
    openStreams: () => streaming,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
