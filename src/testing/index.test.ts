import * as testing from './index.js'

// Pins the bug where this entry imported msw, so an app that only used the HTTP server failed
// with "Cannot find package 'msw'": any import of msw in the entry's graph now fails to load.
vi.mock('msw', () => {
  throw new Error('api-error-kit/testing imported msw; only api-error-kit/testing/msw may.')
})
vi.mock('msw/node', () => {
  throw new Error('api-error-kit/testing imported msw/node; only api-error-kit/testing/msw may.')
})
vi.mock('msw/browser', () => {
  throw new Error('api-error-kit/testing imported msw/browser; only api-error-kit/testing/msw may.')
})

describe('api-error-kit/testing', () => {
  it('exports the backend, its HTTP server and the error bodies, and loads without msw', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'bkendErrorBodies',
      'createMockBackend',
      'errorBodies',
      'startMockBackend',
    ])
  })
})
