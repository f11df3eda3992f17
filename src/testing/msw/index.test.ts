import * as testingMsw from './index.js'

// startMockWorker loads msw/browser only when it runs, so Node (setupServer) never needs it.
vi.mock('msw/browser', () => {
  throw new Error('api-error-kit/testing/msw imported msw/browser on load; import it lazily.')
})

describe('api-error-kit/testing/msw', () => {
  it('exports the MSW handlers and the service worker, and loads in Node without msw/browser', () => {
    expect(Object.keys(testingMsw).sort()).toEqual(['createMockHandlers', 'startMockWorker'])
  })
})
