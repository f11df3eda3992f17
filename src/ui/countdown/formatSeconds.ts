const twoDigits = (value: number) => String(value).padStart(2, '0')

/**
 * Seconds as shown on a countdown: `45s` under a minute, `m:ss` under an hour, `h:mm:ss` from
 * an hour on (a daily quota's wait reads `24:00:00`, not `1440:00`).
 */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}:${twoDigits(seconds % 60)}`
  return `${Math.floor(minutes / 60)}:${twoDigits(minutes % 60)}:${twoDigits(seconds % 60)}`
}
