import * as testing from './index.js'

describe('api-error-kit/testing', () => {
  it('exports the backend served three ways, and loads in Node without msw/browser', () => {
    expect(Object.keys(testing).sort()).toEqual([
      'bkendErrorBodies',
      'createMockBackend',
      'createMockHandlers',
      'errorBodies',
      'startMockBackend',
      'startMockWorker',
    ])
  })
})
