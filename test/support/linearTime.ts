// Shows that work grows in proportion to its input by comparing two sizes of it, never by a
// fixed time limit: the bound holds on a busy machine as on a quiet one.

/** The shortest of `runs` timings of `work`, in milliseconds, after one warm-up call. */
export function fastestMs(work: () => unknown, runs = 3): number {
  work()
  let best = Infinity
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    work()
    best = Math.min(best, performance.now() - started)
  }
  return best
}

/**
 * Expects `large` (an input `ratio` times the size of `small`'s) to cost at most `ratio` times
 * as much, with a generous factor of 4 and 100 ms of slack for timer noise and a busy machine.
 * Quadratic work fails it by far: 16 times the input costs 256 times as much.
 */
export function expectLinear(small: () => unknown, large: () => unknown, ratio = 16): void {
  const smallMs = fastestMs(small)
  const largeMs = fastestMs(large)
  expect(
    largeMs,
    `${ratio}x the input took ${largeMs.toFixed(1)} ms against ${smallMs.toFixed(1)} ms`,
  ).toBeLessThan(smallMs * ratio * 4 + 100)
}
