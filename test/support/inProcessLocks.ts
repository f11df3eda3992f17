// Web Locks for Node tests: exclusive locks by name, granted in the order asked, with
// `ifAvailable` and `signal` as in browsers. Clients made in one process after
// `vi.stubGlobal('navigator', { locks: inProcessLocks() })` act as tabs of one origin: with
// Node's real BroadcastChannel they coordinate as real tabs do.

type Callback = (lock: { name: string } | null) => unknown

/** A `navigator.locks` for one test: every client made with it shares its locks. */
export function inProcessLocks() {
  const queues = new Map<string, (() => void)[]>()
  const held = new Set<string>()

  const release = (name: string) => {
    const next = queues.get(name)?.shift()
    if (next) next()
    else held.delete(name)
  }
  const run = (name: string, callback: Callback) =>
    Promise.resolve()
      .then(() => callback({ name }))
      .finally(() => release(name))

  return {
    request(
      name: string,
      options: { ifAvailable?: boolean; signal?: AbortSignal } | Callback,
      maybeCallback?: Callback,
    ): Promise<unknown> {
      const callback = typeof options === 'function' ? options : maybeCallback!
      const { ifAvailable, signal } = typeof options === 'function' ? {} : options
      if (!held.has(name)) {
        held.add(name)
        return run(name, callback)
      }
      if (ifAvailable) return Promise.resolve().then(() => callback(null))
      return new Promise((resolve, reject) => {
        const queue = queues.get(name) ?? []
        queues.set(name, queue)
        const grant = () => {
          signal?.removeEventListener('abort', onAbort)
          run(name, callback).then(resolve, reject)
        }
        const onAbort = () => {
          queue.splice(queue.indexOf(grant), 1)
          reject(signal!.reason)
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        queue.push(grant)
      })
    },
  }
}
