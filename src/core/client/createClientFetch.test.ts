import axios from 'axios'
import ky from 'ky'
import { ofetch } from 'ofetch'
import createClient from 'openapi-fetch'
import { serveOnLoopback } from '../../../test/support/loopbackBackend.js'
import { decodeError } from '../decode/decodeError.js'
import { decodeErrorAsync } from '../decode/decodeErrorAsync.js'
import { isApiError } from '../isApiError.js'
import { fromBkendTokens } from './auth/bkendAuth.js'
import { memoryTokenStore } from './auth/memoryTokenStore.js'
import { createApiClient } from './createApiClient.js'
import type { ApiClient } from './types.js'

/** The part of the mock backend's API these tests call, as openapi-typescript would write it. */
interface paths {
  '/v1/data/{table}': {
    parameters: { query?: never; header?: never; path: { table: string }; cookie?: never }
    get: {
      parameters: { path: { table: string } }
      responses: { 200: { content: { 'application/json': { success: true; data: unknown } } } }
    }
    post: {
      parameters: { path: { table: string } }
      requestBody: { content: { 'application/json': Record<string, unknown> } }
      responses: { 201: { content: { 'application/json': unknown } } }
    }
  }
}

const backend = serveOnLoopback()
let api: ApiClient
beforeEach(() => {
  const client: ApiClient = createApiClient({
    baseUrl: backend().url,
    headers: { 'X-API-Key': 'pk_test_demo' },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    auth: {
      store: memoryTokenStore(fromBkendTokens(backend().control.signIn())),
      crossTab: false,
      refresh: async ({ refreshToken }) =>
        fromBkendTokens(
          (
            await client.post<{ data: never }>(
              '/v1/auth/refresh',
              { refreshToken },
              { auth: false },
            )
          ).data,
        ),
    },
  })
  api = client
})
afterEach(() => api.dispose())

const posts = { params: { path: { table: 'posts' } } }

describe('api.fetch: the client’s transport for other clients (over loopback)', () => {
  it('refreshes once for 50 concurrent expired requests of openapi-fetch, and replays each', async () => {
    const client = createClient<paths>({ baseUrl: backend().url, fetch: api.fetch })
    const before = api.tokens!.get()!.accessToken
    backend().control.expireAllTokens()
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.GET('/v1/data/{table}', posts)),
    )
    expect(results.map((result) => result.response.status)).toEqual(Array(50).fill(200))
    expect(backend().stats.refreshCalls).toBe(1)
    const after = api.tokens!.get()!.accessToken
    expect(after).not.toBe(before)
    expect(backend().stats.requestsByAccessToken[after]).toBe(50)
    expect(backend().stats.requestsByAccessToken[before]).toBeLessThanOrEqual(50)
  })

  it('refreshes once for 50 concurrent expired requests of ky, and replays their bodies', async () => {
    const kyApi = ky.create({ prefixUrl: backend().url, fetch: api.fetch, retry: 0 })
    backend().control.expireAllTokens()
    const created = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        kyApi
          .post('v1/data/todos', { json: { title: `Todo ${index}` } })
          .json<{ data: { title: string } }>(),
      ),
    )
    expect(created.map((answer) => answer.data.title).sort()).toEqual(
      Array.from({ length: 50 }, (_, index) => `Todo ${index}`).sort(),
    )
    expect(backend().stats.refreshCalls).toBe(1)
    expect(backend().stats.sideEffects.created).toBe(50)
  })

  it('never sends before a Retry-After deadline, with openapi-fetch or ky', async () => {
    const client = createClient<paths>({ baseUrl: backend().url, fetch: api.fetch })
    const kyApi = ky.create({ prefixUrl: backend().url, fetch: api.fetch, retry: 0 })
    backend().control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': '0.5' },
      cooldownMs: 500,
      match: { path: '/v1/data' },
    })
    // The first request meets the 429, waits it out and goes again; the others wait with it.
    const first = client.GET('/v1/data/{table}', posts)
    await vi.waitFor(() => expect(api.rateLimits.get(backend().url)).toBeDefined())
    const rest = await Promise.all([
      ...Array.from({ length: 10 }, () => client.GET('/v1/data/{table}', posts)),
      ...Array.from({ length: 10 }, () => kyApi.get('v1/data/posts').json()),
    ])
    expect((await first).response.status).toBe(200)
    expect(rest).toHaveLength(20)
    expect(backend().stats.earlyRequests).toBe(0)
  })

  it('hands back a failed answer unread, for the other client to read and the kit to decode', async () => {
    backend().control.setMode('backstack')
    const client = createClient<paths>({ baseUrl: backend().url, fetch: api.fetch })
    const result = await client.POST('/v1/data/{table}', { ...posts, body: { title: '' } })
    expect(result.response.status).toBe(400)
    expect(await decodeErrorAsync(result)).toMatchObject({
      status: 400,
      kind: 'validation',
      fields: { title: ['This value is required.'] },
    })
  })

  it('sends its headers and token to trusted origins only', async () => {
    const other = await import('../../testing/startMockBackend.js').then((m) =>
      m.startMockBackend(),
    )
    try {
      const { accessToken } = backend().control.signIn()
      api.tokens!.set({ accessToken })
      const elsewhere = await api.fetch(`${other.url}/v1/data/posts`)
      // No API key went there: the other origin answers as to a stranger.
      expect(elsewhere.status).toBe(401)
      expect(other.stats.requestsByAccessToken).toEqual({})
      const home = await api.fetch('/v1/data/posts')
      expect(home.status).toBe(200)
      expect(backend().stats.requestsByAccessToken[accessToken]).toBe(1)
    } finally {
      await other.close()
    }
  })

  it("rejects with an ApiError where fetch rejects, and ends a session the other client can't save", async () => {
    const refused = api.fetch('http://127.0.0.1:1/v1/data/posts')
    await expect(refused).rejects.toSatisfy(isApiError)
    await expect(refused).rejects.toMatchObject({ kind: 'network' })
    backend().control.expireAllTokens()
    backend().control.failNextRefreshes(1)
    const ended = api.fetch('/v1/data/posts')
    await expect(ended).rejects.toMatchObject({ code: 'auth/invalid-refresh-token' })
    expect(api.tokens!.get()).toBeUndefined()
  })

  it('gives ofetch the same rules: one refresh for 20 expired requests', async () => {
    const $fetch = ofetch.create({ baseURL: backend().url, retry: 0 }, { fetch: api.fetch })
    backend().control.expireAllTokens()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => $fetch<{ success: boolean }>('/v1/data/posts')),
    )
    expect(answers.every((answer) => answer.success)).toBe(true)
    expect(backend().stats.refreshCalls).toBe(1)
  })

  it("gives axios' fetch adapter the same rules: one refresh for 20 expired requests", async () => {
    const axiosApi = axios.create({
      baseURL: backend().url,
      adapter: 'fetch',
      env: { fetch: api.fetch },
    })
    backend().control.expireAllTokens()
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => axiosApi.get('/v1/data/posts')),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200))
    expect(backend().stats.refreshCalls).toBe(1)
  })

  // Regression: axios' fetch adapter wraps what api.fetch rejects with in an AxiosError, and
  // decodeError read that as an unknown failure: a session that ended was no auth error.
  it("decodes axios' wrapped rejections as the ApiError api.fetch rejected with", async () => {
    const axiosApi = axios.create({
      baseURL: backend().url,
      adapter: 'fetch',
      env: { fetch: api.fetch },
    })
    const refused = await axiosApi.get('http://127.0.0.1:1/v1/data/posts').catch((e: unknown) => e)
    expect(axios.isAxiosError(refused)).toBe(true)
    expect(decodeError(refused)).toMatchObject({ kind: 'network', code: 'network/failed' })

    backend().control.expireAllTokens()
    backend().control.failNextRefreshes(1)
    const ended = await axiosApi.get('/v1/data/posts').catch((e: unknown) => e)
    expect(decodeError(ended)).toMatchObject({ code: 'auth/invalid-refresh-token', kind: 'auth' })
    await expect(decodeErrorAsync(ended)).resolves.toMatchObject({
      code: 'auth/invalid-refresh-token',
    })

    // An answer of the server is still read from axios' own response.
    const missing = await axiosApi.get('/v1/data/nope').catch((e: unknown) => e)
    expect(decodeError(missing)).toMatchObject({ status: expect.any(Number), format: 'bkend' })
  })
})
