import { isDevelopment } from './isDevelopment.js'

afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
})

describe('isDevelopment', () => {
  test('true unless NODE_ENV is production', () => {
    vi.stubEnv('NODE_ENV', 'development')
    expect(isDevelopment()).toBe(true)
    vi.stubEnv('NODE_ENV', 'test')
    expect(isDevelopment()).toBe(true)
    vi.stubEnv('NODE_ENV', 'production')
    expect(isDevelopment()).toBe(false)
  })

  test('false, without throwing, where process does not exist', () => {
    vi.stubGlobal('process', undefined)
    expect(isDevelopment()).toBe(false)
  })
})
