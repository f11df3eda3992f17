import 'server-only'

/** Where the backend is; `npm test` starts the mock backend and passes its URL. */
export function readConfig() {
  const apiUrl = process.env.API_URL
  if (!apiUrl) throw new Error('Set API_URL to the backend URL (npm test starts a mock backend).')
  return {
    apiUrl,
    publishableKey: process.env.API_KEY ?? 'pk_test_demo',
    // The account the server reads shared data with; a real app would use the user's session.
    serviceEmail: process.env.SERVICE_EMAIL ?? 'demo@example.com',
    servicePassword: process.env.SERVICE_PASSWORD ?? 'password123',
  }
}
