import 'server-only'
import { bkendAuth, createApiClient, fromBkendTokens, type ApiClient } from 'api-error-kit'
import { readConfig } from './config'

let shared: Promise<ApiClient> | undefined

/** The server's client, signed in once per process; it refreshes its own token when it expires. */
export function serverApi(): Promise<ApiClient> {
  shared ??= (async () => {
    const { apiUrl, publishableKey, serviceEmail, servicePassword } = readConfig()
    const api = createApiClient(
      bkendAuth({ baseUrl: apiUrl, publishableKey, auth: { crossTab: false } }),
    )
    const answer = await api.post(
      '/v1/auth/email/signin',
      { email: serviceEmail, password: servicePassword },
      { auth: false, unwrap: false },
    )
    api.tokens?.set(fromBkendTokens(answer))
    return api
  })().catch((error: unknown) => {
    shared = undefined
    throw error
  })
  return shared
}

/** A client with no user, for sign-in and sign-up calls. */
export function anonymousApi(): ApiClient {
  const { apiUrl, publishableKey } = readConfig()
  return createApiClient({
    baseUrl: apiUrl,
    headers: { 'X-API-Key': publishableKey },
    unwrap: true,
  })
}
