// Shows that work grows in proportion to its input by comparing two sizes of it, never by a
// fixed time limit. It counts the CPU time of this process, not the time on the wall clock: on a
// busy machine a process waits for a core, and that wait says nothing about the work it does.

/** CPU time of this process in milliseconds (the wall clock where there is no `process`). */
function cpuMs(): number {
  if (typeof process === 'undefined' || typeof process.cpuUsage !== 'function') {
    return performance.now()
  }
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** The lowest CPU cost of one call of `work` over `runs` samples, in milliseconds, after one warm-up call. */
export function fastestMs(work: () => unknown, runs = 5): number {
  work()
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    // Calls are repeated until a sample holds at least 5 ms, above the clock's resolution.
    let calls = 0
    const started = cpuMs()
    let spent = 0
    do {
      work()
      calls++
      spent = cpuMs() - started
    } while (spent < 5 && calls < 1000)
    best = Math.min(best, spent / calls)
  }
  return best
}

/**
 * Expects `large` (an input `ratio` times the size of `small`'s) to cost at most `ratio` times
 * as much, with a generous factor of 4 and 5 ms of slack for the garbage collector. Quadratic
 * work fails it by far: 16 times the input costs 256 times as much.
 */
export function expectLinear(small: () => unknown, large: () => unknown, ratio = 16): void {
  const smallMs = fastestMs(small)
  const largeMs = fastestMs(large)
  expect(
    largeMs,
    `${ratio}x the input took ${largeMs.toFixed(2)} ms of CPU against ${smallMs.toFixed(2)} ms`,
  ).toBeLessThan(smallMs * ratio * 4 + 5)
}

/**
 * {@link fastestMs} for work that waits (a request over loopback): the lowest CPU cost of one
 * call over `runs` samples, after one warm-up call. Waiting on a socket costs no CPU, so only
 * the work of both ends counts.
 */
export async function fastestMsAsync(work: () => Promise<unknown>, runs = 3): Promise<number> {
  await work()
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const started = cpuMs()
    await work()
    best = Math.min(best, cpuMs() - started)
  }
  return best
}

/**
 * {@link expectLinear} for work that waits: `slackMs` covers the sockets, streams and timers
 * around the work, and the clock's resolution.
 */
export async function expectLinearAsync(
  small: () => Promise<unknown>,
  large: () => Promise<unknown>,
  ratio = 16,
  slackMs = 25,
): Promise<void> {
  const smallMs = await fastestMsAsync(small)
  const largeMs = await fastestMsAsync(large)
  expect(
    largeMs,
    `${ratio}x the input took ${largeMs.toFixed(2)} ms of CPU against ${smallMs.toFixed(2)} ms`,
  ).toBeLessThan(smallMs * ratio * 4 + slackMs)
}
