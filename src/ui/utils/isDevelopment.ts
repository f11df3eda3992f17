/**
 * True in development builds. Bundlers replace `process.env.NODE_ENV` with a literal; where
 * nothing replaced it and `process` does not exist, reading it throws and we answer false, so
 * developer-only UI stays hidden unless a build says otherwise.
 */
export function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV !== 'production'
  } catch {
    return false
  }
}
