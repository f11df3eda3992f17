import { createMockBackend } from './createMockBackend.js'
import type { MockBackendOptions, MockFault, MockMode } from './types.js'

describe('createMockBackend refuses options that cannot work, saying which and why', () => {
  it.each([
    [{ mode: 'bkend-v2' as MockMode }, /mode "bkend-v2".*bkend, bkend-nest/],
    [{ accessTokenTtlMs: -1 }, /accessTokenTtlMs/],
    [{ refreshTokenTtlMs: Number.NaN }, /refreshTokenTtlMs/],
    [{ apiKeys: ['demo-key'] }, /"demo-key".*pk_ or sk_/],
    [{ users: [{ email: 'admin', password: 'secret123' }] }, /"admin"/],
    [{ users: [{ email: 'a@example.com', password: '' }] }, /password/],
    [{ rateLimits: { data: { limit: -1, windowMs: 1_000 } } }, /limit of "data"/],
    [{ rateLimits: { data: { limit: 5, windowMs: 0 } } }, /windowMs of "data"/],
    [{ now: 5 as unknown as () => number }, /now/],
  ] satisfies [MockBackendOptions, RegExp][])('%o', (options, message) => {
    expect(() => createMockBackend(options)).toThrow(message)
  })

  it('accepts every default and a zero access-token lifetime', () => {
    expect(() => createMockBackend()).not.toThrow()
    expect(() => createMockBackend({ accessTokenTtlMs: 0 })).not.toThrow()
    expect(() =>
      createMockBackend({ rateLimits: { data: { limit: 0, windowMs: 1 } } }),
    ).not.toThrow()
  })
})

describe('control refuses calls that cannot work', () => {
  it('refuses an unknown mode and keeps the current one', () => {
    const { control } = createMockBackend({ mode: 'backstack' })
    expect(() => control.setMode('graphql' as MockMode)).toThrow(/mode "graphql"/)
    expect(control.mode).toBe('backstack')
  })

  it('refuses an unknown fault type or a bad count, arming nothing', async () => {
    const backend = createMockBackend()
    expect(() => backend.control.fault({ type: 'timeout' } as unknown as MockFault)).toThrow(
      /fault type "timeout".*slow, drop/,
    )
    expect(() => backend.control.fault({ type: 'drop', times: 0 })).toThrow(/times/)
    expect(() => backend.control.fault({ type: 'status', status: 99 })).toThrow(/status/)
    expect(() =>
      backend.control.fault({ type: 'status', headers: { 'retry-after': '1\r\nx-evil: 1' } }),
    ).toThrow(/headers.*retry-after/)
    const response = await backend.handle(
      new Request('http://mock.test/v1/data/posts', { headers: { 'x-api-key': 'pk_test_demo' } }),
    )
    expect(response.status).toBe(401)
  })

  it('refuses a rate limit that never lets a window end', () => {
    const { control } = createMockBackend()
    expect(() => control.setRateLimit('data', { limit: 1, windowMs: 0 })).toThrow(/windowMs/)
    expect(() => control.setRateLimit('data', { limit: 1.5, windowMs: 10 })).toThrow(/limit/)
  })

  it('refuses a negative or fractional count of refresh failures', () => {
    const { control } = createMockBackend()
    expect(() => control.failNextRefreshes(-1)).toThrow(/count/)
    expect(() => control.failNextRefreshes(1.5)).toThrow(/count/)
  })
})
