// A virtual clock for simulations: Date.now, setTimeout and clearTimeout replaced until
// uninstall(); time moves only when run() finds nothing else to do, straight to the next timer.

export function installVirtualClock(start = Date.UTC(2026, 0, 1)) {
  const real = {
    setTimeout: globalThis.setTimeout,
    clearTimeout: globalThis.clearTimeout,
    now: Date.now,
  }
  let now = start
  let nextId = 1
  // Timers by due time, and the due times in order: a herd of 10,000 clients sets many timers.
  const due = new Map()
  const times = []
  const where = new Map()
  globalThis.setTimeout = (fn, ms = 0, ...args) => {
    const id = nextId++
    const at = now + Math.max(0, Number(ms) || 0)
    if (!due.has(at)) {
      due.set(at, new Map())
      let low = 0
      let high = times.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (times[middle] < at) low = middle + 1
        else high = middle
      }
      times.splice(low, 0, at)
    }
    due.get(at).set(id, () => fn(...args))
    where.set(id, at)
    return { id, unref() {}, ref() {}, hasRef: () => false }
  }
  globalThis.clearTimeout = (handle) => {
    if (!handle || typeof handle !== 'object') return
    const at = where.get(handle.id)
    where.delete(handle.id)
    due.get(at)?.delete(handle.id)
  }
  Date.now = () => now
  // Lets every promise chain settle (a real macrotask drains all microtasks).
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  return {
    now: () => now,
    /** Runs timers in time order until `done()` holds; throws if time runs out first. */
    async run(done, limitMs = 3_600_000) {
      for (;;) {
        await settle()
        if (done()) return
        const next = times.shift()
        if (next === undefined || next - start > limitMs)
          throw new Error('The simulation stopped before it was done: nothing left to run.')
        now = next
        const batch = due.get(next)
        due.delete(next)
        for (const [id, run] of batch) {
          where.delete(id)
          run()
        }
      }
    },
    uninstall() {
      globalThis.setTimeout = real.setTimeout
      globalThis.clearTimeout = real.clearTimeout
      Date.now = real.now
    },
  }
}

/** A small seeded generator (mulberry32), so a run can be repeated. */
export function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
