import { isDevelopment } from './isDevelopment.js'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe('isDevelopment', () => {
  test('true in development and test builds', () => {
    vi.stubEnv('NODE_ENV', 'development')
    expect(isDevelopment()).toBe(true)
    vi.stubEnv('NODE_ENV', 'test')
    expect(isDevelopment()).toBe(true)
    vi.stubEnv('NODE_ENV', 'production')
    expect(isDevelopment()).toBe(false)
  })

  // Regression: an unset NODE_ENV (a server rendering without it) showed developer details.
  test('false where NODE_ENV is unset or names no development build', () => {
    vi.stubEnv('NODE_ENV', undefined)
    expect(isDevelopment()).toBe(false)
    vi.stubEnv('NODE_ENV', 'staging')
    expect(isDevelopment()).toBe(false)
    vi.stubEnv('NODE_ENV', '')
    expect(isDevelopment()).toBe(false)
  })

  test('false, without throwing, where process does not exist', () => {
    vi.stubGlobal('process', undefined)
    expect(isDevelopment()).toBe(false)
  })
})
