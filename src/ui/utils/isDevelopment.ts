/**
 * True in development and test builds only. Bundlers replace `process.env.NODE_ENV` with a
 * literal; an unset or unknown value (a server started without NODE_ENV, `staging`) counts as
 * production, as does a page where nothing replaced it and `process` does not exist: developer
 * text stays hidden unless a build says it may show.
 */
export function isDevelopment(): boolean {
  try {
    const env = process.env.NODE_ENV
    return env === 'development' || env === 'test'
  } catch {
    return false
  }
}
