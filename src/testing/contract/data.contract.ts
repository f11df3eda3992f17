import type { ContractHarness } from './harness.js'

/** The `/v1/data/:table` resource, its errors, idempotency and the per-route counters. */
export function dataContract(h: ContractHarness): void {
  it('lists seeded records with paging', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const all = await h.callJson('/v1/data/posts', { token })
    expect(all.status).toBe(200)
    expect(all.body.data).toMatchObject({ total: 3, page: 1, limit: 20 })
    expect(all.body.data.items).toHaveLength(3)
    const second = await h.callJson('/v1/data/posts?limit=2&page=2', { token })
    expect(second.body.data.items.map((item: { id: string }) => item.id)).toEqual(['post_3'])
    const bad = await h.callJson('/v1/data/posts?limit=0', { token })
    expect([bad.status, bad.body.error.code]).toEqual([400, 'data/validation-error'])
  })

  it('creates, reads, updates and deletes a record, counting side effects', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const created = await h.callJson('/v1/data/todos', { token, body: { title: 'Test it' } })
    expect(created.status).toBe(201)
    const id = created.body.data.id
    expect(created.body.data).toMatchObject({ title: 'Test it' })
    expect((await h.callJson(`/v1/data/todos/${id}`, { token })).body.data.title).toBe('Test it')
    const patched = await h.callJson(`/v1/data/todos/${id}`, {
      method: 'PATCH',
      token,
      body: { done: true },
    })
    expect(patched.body.data).toMatchObject({ id, title: 'Test it', done: true })
    const put = await h.callJson(`/v1/data/todos/${id}`, {
      method: 'PUT',
      token,
      body: { title: 'Replaced' },
    })
    expect(put.body.data.done).toBeUndefined()
    const deleted = await h.call(`/v1/data/todos/${id}`, { method: 'DELETE', token })
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe('')
    const gone = await h.callJson(`/v1/data/todos/${id}`, { token })
    expect([gone.status, gone.body.error.code]).toEqual([404, 'data/not-found'])
    expect(h.fixture.stats.sideEffects).toEqual({ created: 1, updated: 2, deleted: 1 })
  })

  it('answers validation errors in bkend mode with a message only', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const { status, body } = await h.callJson('/v1/data/posts', { token, body: { title: '' } })
    expect(status).toBe(400)
    expect(Object.keys(body.error)).toEqual(['code', 'message'])
    expect(body.error.code).toBe('data/validation-error')
    expect(body.error.message).toContain('title')
    const typed = await h.callJson('/v1/data/todos', { token, body: { title: 'x', done: 'yes' } })
    expect(typed.body.error.message).toContain('done')
    expect(h.fixture.stats.sideEffects.created).toBe(0)
  })

  it('refuses duplicates, forbidden tables and unknown tables', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const dup = await h.callJson('/v1/data/posts', {
      token,
      body: { title: 'Again', slug: 'hello-world' },
    })
    expect([dup.status, dup.body.error.code]).toEqual([409, 'data/duplicate-value'])
    const dupEmail = await h.callJson('/v1/data/users/member_2', {
      method: 'PATCH',
      token,
      body: { email: 'ada@example.com' },
    })
    expect(dupEmail.body.error.code).toBe('data/duplicate-value')
    const secret = await h.callJson('/v1/data/secrets', { token })
    expect([secret.status, secret.body.error.code]).toEqual([403, 'data/permission-denied'])
    const missing = await h.callJson('/v1/data/Posts', { token })
    expect([missing.status, missing.body.error.code]).toEqual([404, 'data/table-not-found'])
  })

  it('answers an id that is not valid percent-encoding with 404 in the envelope, not a crash', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const { status, body } = await h.callJson('/v1/data/posts/%E0%A4%A', { token })
    expect([status, body.error.code]).toEqual([404, 'data/not-found'])
    const encoded = await h.callJson('/v1/data/posts/post%5F1', { token })
    expect(encoded.body.data.id).toBe('post_1')
  })

  it('honours options.tables, forbiddenTables and seed', async () => {
    await h.start({ tables: ['notes'], forbiddenTables: [], seed: { notes: [{ text: 'hi' }] } })
    const { accessToken: token } = await h.signIn()
    const notes = await h.callJson('/v1/data/notes', { token })
    expect(notes.body.data.items).toEqual([{ id: 'notes_1', text: 'hi' }])
    expect((await h.call('/v1/data/posts', { token })).status).toBe(404)
  })

  it('replays the first answer of an Idempotency-Key without a second side effect', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const send = () =>
      h.callJson('/v1/data/todos', {
        token,
        body: { title: 'Once' },
        headers: { 'idempotency-key': 'key-1' },
      })
    const first = await send()
    const second = await send()
    expect(second.status).toBe(201)
    expect(second.body).toEqual(first.body)
    expect(second.response.headers.get('idempotent-replayed')).toBe('true')
    const list = await h.callJson('/v1/data/todos', { token })
    expect(list.body.data.total).toBe(3)
    expect(h.fixture.stats.postsByIdempotencyKey).toEqual({ 'key-1': 2 })
    expect(h.fixture.stats.sideEffects.created).toBe(1)
  })

  it('counts requests per route and per access token, with a fresh X-Request-Id each', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    const a = await h.call('/v1/data/posts', { token })
    const b = await h.call('/v1/data/todos', { token })
    await h.call('/v1/data/posts/post_1', { token })
    expect(a.headers.get('x-request-id')).toMatch(/^req_/)
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'))
    const { stats } = h.fixture
    expect(stats.requestsByRoute['GET /v1/data/:table']).toBe(2)
    expect(stats.requestsByRoute['GET /v1/data/:table/:id']).toBe(1)
    expect(stats.requestsByRoute['POST /v1/auth/email/signin']).toBe(1)
    expect(stats.requestsByAccessToken).toEqual({ [token]: 3 })
    expect(stats.requests).toBe(4)
    expect(stats.snapshot()).toMatchObject({ requests: 4, requestsByAccessToken: { [token]: 3 } })
  })

  it('starts over on control.reset()', async () => {
    await h.start()
    const { accessToken: token } = await h.signIn()
    await h.call('/v1/data/todos', { token, body: { title: 'Temporary' } })
    h.fixture.control.reset()
    expect(h.fixture.stats.requests).toBe(0)
    const stale = await h.callJson('/v1/data/todos', { token })
    expect(stale.body.error.code).toBe('auth/invalid-access-token')
    const fresh = await h.signIn()
    const list = await h.callJson('/v1/data/todos', { token: fresh.accessToken })
    expect(list.body.data.total).toBe(2)
  })
}
