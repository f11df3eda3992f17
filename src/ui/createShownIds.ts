/** The last ids kept: older toasts have long closed by themselves. */
const MAX_IDS = 100

/** The ids of the toasts a set of channel handlers showed, to take back when a session is over. */
export function createShownIds() {
  let ids = new Set<string>()
  return {
    /** Notes a toast shown (a repeat's id again moves it to the end). */
    add(id: string): void {
      ids.delete(id)
      ids.add(id)
      if (ids.size > MAX_IDS) ids.delete(ids.values().next().value!)
    },
    /** The ids noted so far, oldest first; forgets them. */
    take(): string[] {
      const taken = [...ids]
      ids = new Set()
      return taken
    },
  }
}
