/** Seconds as shown on a countdown: `45s` under a minute, `m:ss` from a minute on. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
