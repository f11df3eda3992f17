// Hostile and broken servers over real HTTP on loopback: nothing they send may freeze the page
// or keep a request waiting. Costs are bounded by size ratios, waits by their own bounds.
import { createApiClient } from '../../src/core/client/createApiClient.js'
import { decodeResponse } from '../../src/core/decode/decodeResponse.js'
import { isApiError } from '../../src/core/isApiError.js'
import { expectLinearAsync } from '../support/linearTime.js'
import { fieldBodies, startDecodingServer, type FieldFormat } from './decodingServer.js'

const KB = 1024
const MIB = 1024 * KB

let server: Awaited<ReturnType<typeof startDecodingServer>>
beforeAll(async () => {
  server = await startDecodingServer()
})
afterAll(() => server.close())

const client = () => createApiClient({ baseUrl: server.url, retry: { limit: 0 } })
/** The error the client throws for `path`. */
const failure = (path: string, options = {}) =>
  client()
    .get(path, options)
    .then(
      () => expect.fail(`${path} did not fail`),
      (error: unknown) => (isApiError(error) ? error : expect.fail(String(error))),
    )
const decoded = async (path: string, options = {}) =>
  decodeResponse(await fetch(server.url + path), options)

describe('a hostile HTML error page', { timeout: 60_000 }, () => {
  // A 1 MiB page of `<title` did not finish in 90 s; through the client a 72 kB one blocked the
  // event loop past its timeout.
  it.each([['<title'], ['<title>x'], ['<title <'], ['<']])(
    'of %j repeated to 1 MiB decodes in time proportional to its size, alone and through the client',
    async (unit) => {
      const page = (bytes: number) => `/html?bytes=${bytes}&unit=${encodeURIComponent(unit)}`
      expect(await decoded(page(MIB))).toMatchObject({ status: 502, format: 'html' })
      await expectLinearAsync(
        () => decoded(page(64 * KB)),
        () => decoded(page(MIB)),
      )
      const viaClient = await failure(page(MIB), { timeoutMs: 5000 })
      expect(viaClient).toMatchObject({ status: 502, format: 'html', kind: 'server' })
      await expectLinearAsync(
        () => failure(page(64 * KB)),
        () => failure(page(MIB)),
      )
    },
  )
})

describe('hostile field names', { timeout: 60_000 }, () => {
  const formats = Object.keys(fieldBodies) as FieldFormat[]

  // `'['.repeat(40_000)` as a field name took 4.4 s, in every format that names fields.
  it.each(formats)(
    'in a %s body decode in time proportional to their size, their message kept for the form',
    async (format) => {
      const body = (bytes: number, unit = '[') =>
        `/fields?format=${format}&bytes=${bytes}&unit=${encodeURIComponent(unit)}`
      // Under the 1 MiB cap with the rest of the body.
      const large = MIB - 512
      const error = await decoded(body(large))
      expect(error.format).toBe(format)
      expect(error.fields).toEqual({})
      expect(error.formErrors).toContain('Bad value.')
      for (const unit of ['[', '["', '[a', '~1[']) {
        await expectLinearAsync(
          () => decoded(body(large / 16, unit)),
          () => decoded(body(large, unit)),
        )
      }
    },
  )
})

describe('a body that never ends or trickles', { timeout: 30_000 }, () => {
  // Each settles at its own bound: never before it, and long before the test's own timeout.
  it.each([['/never-ends'], ['/trickle']])(
    '%s settles at decodeResponse timeoutMs, cancelling the read and saying why',
    async (path) => {
      const started = performance.now()
      const error = await decoded(path, { timeoutMs: 300 })
      expect(performance.now() - started).toBeGreaterThanOrEqual(290)
      expect(error).toMatchObject({ format: 'too-slow' })
      expect(error.message).toBe(
        'The error body took longer than 300 ms to arrive, so it was not read.',
      )
      // The read was cancelled, so the server's answer ends instead of going on for ever.
      await expect.poll(() => server.openStreams(), { timeout: 5000 }).toBe(0)
    },
  )

  it.each([['/never-ends'], ['/trickle']])('%s settles at decodeResponse signal', async (path) => {
    const controller = new AbortController()
    const pending = decoded(path, { signal: controller.signal, timeoutMs: Infinity })
    setTimeout(() => controller.abort(), 200)
    expect(await pending).toMatchObject({ kind: 'aborted', code: 'request/aborted' })
    await expect.poll(() => server.openStreams(), { timeout: 5000 }).toBe(0)
  })

  it.each([['/never-ends'], ['/trickle']])(
    '%s settles at the client timeoutMs as a timeout',
    async (path) => {
      const started = performance.now()
      const error = await failure(path, { timeoutMs: 400 })
      expect(performance.now() - started).toBeGreaterThanOrEqual(390)
      expect(error).toMatchObject({ kind: 'timeout', code: 'request/timeout' })
      await expect.poll(() => server.openStreams(), { timeout: 5000 }).toBe(0)
    },
  )
})
