/**
 * Runs `act` with the test runner's `unhandledRejection` listeners set aside and resolves with
 * the first rejection reported meanwhile: for code that reports what a listener of the app threw
 * as an unhandled rejection, without the runner counting it as a failure. `act` may be async.
 */
export async function expectUnhandledRejection(act: () => unknown): Promise<unknown> {
  const runnerListeners = process.listeners('unhandledRejection')
  process.removeAllListeners('unhandledRejection')
  let listener!: (reason: unknown) => void
  const reported = new Promise((resolve) => (listener = resolve))
  process.once('unhandledRejection', listener)
  try {
    await act()
    return await reported
  } finally {
    process.off('unhandledRejection', listener)
    for (const runnerListener of runnerListeners) process.on('unhandledRejection', runnerListener)
  }
}
