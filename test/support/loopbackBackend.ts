// Shared by the tests that run other HTTP clients against the mock backend over loopback.
import { startMockBackend, type RunningMockBackend } from '../../src/testing/startMockBackend.js'
import type { MockBackendOptions } from '../../src/testing/mockBackend/types.js'

/** Starts a backend on loopback for the file, reset between tests; returns a getter for it. */
export function serveOnLoopback(options: MockBackendOptions = {}): () => RunningMockBackend {
  let server: RunningMockBackend | undefined
  beforeAll(async () => {
    server = await startMockBackend(options)
  })
  afterAll(() => server?.close())
  beforeEach(() => server?.control.reset())
  return () => {
    if (!server) throw new Error('The loopback backend is not started yet: call it inside a test.')
    return server
  }
}

/** What `request` rejects with; fails the test if it resolves. */
export async function thrownBy(request: Promise<unknown>): Promise<unknown> {
  try {
    await request
  } catch (error) {
    return error
  }
  throw new Error('The request did not fail.')
}
