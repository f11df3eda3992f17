import type { ContractHarness } from './harness.js'

/** Each fault, armed per test with `control.fault()` and per request with `X-Mock-Fault`. */
export function faultContract(h: ContractHarness): void {
  // The slow fault waits on real timers: the wait happens on the far side of a socket or of
  // MSW, where fake timers cannot reach, so the delays are kept to a few tens of ms.
  it('answers slowly, then normally', async () => {
    await h.start()
    h.fixture.control.fault({ type: 'slow', delayMs: 60, match: { path: '/v1/auth/me' } })
    const { accessToken: token } = await h.signIn()
    const started = performance.now()
    const response = await h.call('/v1/auth/me', { token })
    expect(performance.now() - started).toBeGreaterThanOrEqual(50)
    expect(response.status).toBe(200)
  })

  it('stops a slow answer when the client aborts, with no side effect', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const controller = new AbortController()
    const pending = h.call('/v1/data/todos', {
      token,
      body: { title: 'Never' },
      headers: { 'x-mock-fault': 'slow;delay=150' },
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(h.fixture.stats.sideEffects.created).toBe(0)
    const list = await h.callJson('/v1/data/todos', { token })
    expect(list.body.data.total).toBe(2)
  })

  it('drops the connection', async () => {
    await h.start()
    const error = await h
      .call('/v1/data/posts', { headers: { 'x-mock-fault': 'drop' } })
      .catch((e) => e)
    expect(error).toBeInstanceOf(TypeError)
  })

  it('answers an HTML 502 page, an empty 503, invalid JSON and a huge body', async () => {
    await h.start()
    const fault = (name: string) => h.call('/v1/data/posts', { headers: { 'x-mock-fault': name } })
    const html = await fault('html502')
    expect(html.status).toBe(502)
    expect(html.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await html.text()).toContain('<html>')
    const empty = await fault('empty503')
    expect([empty.status, await empty.text()]).toEqual([503, ''])
    const invalid = await fault('invalid-json')
    expect(invalid.headers.get('content-type')).toBe('application/json')
    const invalidText = await invalid.text()
    expect(() => JSON.parse(invalidText)).toThrow(SyntaxError)
    const huge = await fault('huge')
    const hugeText = await huge.text()
    expect(hugeText.length).toBeGreaterThan(4_500_000)
    expect(JSON.parse(hugeText).data.items.length).toBeGreaterThan(1000)
  })

  it('answers any status, headers and body with a status fault', async () => {
    await h.start()
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT'
    h.fixture.control.fault({
      type: 'status',
      status: 429,
      headers: { 'retry-after': '1.5', date },
    })
    const limited = await h.callJson('/v1/data/posts')
    expect(limited.status).toBe(429)
    expect(limited.response.headers.get('retry-after')).toBe('1.5')
    expect(limited.response.headers.get('date')).toBe(date)
    expect(limited.body.error.code).toBe('data/rate-limit-exceeded')
    h.fixture.control.fault({ type: 'status', status: 418, body: { teapot: true } })
    expect((await h.callJson('/v1/data/posts')).body).toEqual({ teapot: true })
    h.fixture.control.fault({ type: 'status', status: 500, body: 'oops' })
    expect(await (await h.call('/v1/data/posts')).text()).toBe('oops')
    const header = await h.call('/v1/data/posts', {
      headers: { 'x-mock-fault': 'status;status=503;retry-after=7' },
    })
    expect([header.status, header.headers.get('retry-after')]).toEqual([503, '7'])
  })

  it('hits only matching requests, `times` times', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const match = { method: 'GET', path: '/v1/data/todos' }
    h.fixture.control.fault({ type: 'status', status: 500, match, times: 2 })
    expect((await h.call('/v1/data/posts', { token })).status).toBe(200)
    expect((await h.call('/v1/data/todos', { token, body: { title: 'x' } })).status).toBe(201)
    expect((await h.call('/v1/data/todos', { token })).status).toBe(500)
    expect((await h.call('/v1/data/todos', { token })).status).toBe(500)
    expect((await h.call('/v1/data/todos', { token })).status).toBe(200)
  })

  it('keeps an Infinity fault armed until disarmed or cleared', async () => {
    await h.start()
    const disarm = h.fixture.control.fault({ type: 'empty503', times: Infinity })
    for (let index = 0; index < 3; index += 1) {
      expect((await h.call('/v1/data/posts')).status).toBe(503)
    }
    disarm()
    expect((await h.call('/v1/data/posts')).status).toBe(401)
    h.fixture.control.fault({ type: 'empty503', times: Infinity })
    h.fixture.control.clearFaults()
    expect((await h.call('/v1/data/posts')).status).toBe(401)
  })

  it('counts requests that arrive before the cooldown of a 429 fault ends', async () => {
    let clock = 0
    await h.start({ now: () => clock })
    h.fixture.control.fault({ type: 'status', status: 429, cooldownMs: 1_000 })
    expect((await h.call('/v1/data/posts')).status).toBe(429)
    clock = 999
    await h.call('/v1/data/posts')
    await h.call('/v1/auth/me')
    expect(h.fixture.stats.earlyRequestsByScope).toEqual({ data: 1 })
    clock = 1_000
    await h.call('/v1/data/posts')
    expect(h.fixture.stats.earlyRequests).toBe(1)
  })

  it('answers a misspelt X-Mock-Fault with a 400 naming the faults, instead of ignoring it', async () => {
    await h.start()
    const named = await h.callJson('/v1/data/posts', { headers: { 'x-mock-fault': 'html-502' } })
    expect(named.status).toBe(400)
    expect(named.body.error.code).toBe('common/invalid-parameters')
    expect(named.body.error.message).toMatch(/X-Mock-Fault "html-502".*html502/)
    const param = await h.callJson('/v1/data/posts', {
      headers: { 'x-mock-fault': 'slow;dealy=10' },
    })
    expect(param.status).toBe(400)
    expect(param.body.error.message).toMatch(/"dealy".*delay/)
    const number = await h.callJson('/v1/data/posts', {
      headers: { 'x-mock-fault': 'status;status=abc' },
    })
    expect(number.status).toBe(400)
    const range = await h.callJson('/v1/data/posts', {
      headers: { 'x-mock-fault': 'status;status=100' },
    })
    expect([range.status, range.body.error.message]).toEqual([
      400,
      'X-Mock-Fault status must be a whole number from 200 to 599, not "100".',
    ])
    expect(h.fixture.stats.sideEffects).toEqual({ created: 0, updated: 0, deleted: 0 })
  })

  it('does not fault CORS preflights', async () => {
    await h.start()
    h.fixture.control.fault({ type: 'drop' })
    expect((await h.call('/v1/data/posts', { method: 'OPTIONS' })).status).toBe(204)
    await expect(h.call('/v1/data/posts')).rejects.toThrow(TypeError)
  })
}
