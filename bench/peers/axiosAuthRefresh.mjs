// axios with axios-auth-refresh: a request interceptor adds the current token, the refresh
// interceptor refreshes on 401 and replays the request. With its default
// (`deduplicateRefresh: true`) every 401 that arrives while a refresh runs is rejected, not
// replayed (in the storm 1 request of 500 succeeds), so it runs here as an app must wire it for
// concurrent requests: `deduplicateRefresh: false` and one shared refresh of its own.
import axios from 'axios'
import createAuthRefreshInterceptor from 'axios-auth-refresh'

export function createAxiosClient({ url, headers, tokens }) {
  let current = { ...tokens }
  let refreshing
  const instance = axios.create({ baseURL: url, headers })
  instance.interceptors.request.use((config) => {
    if (current.accessToken) config.headers.Authorization = `Bearer ${current.accessToken}`
    return config
  })
  if (tokens) {
    const refresh = () =>
      (refreshing ??= instance
        .post('/v1/auth/refresh', { refreshToken: current.refreshToken }, { skipAuthRefresh: true })
        .then(({ data }) => {
          current = data.data
        })
        .finally(() => {
          refreshing = undefined
        }))
    const refreshAuthLogic = (failedRequest) =>
      refresh().then(() => {
        failedRequest.response.config.headers.Authorization = `Bearer ${current.accessToken}`
      })
    createAuthRefreshInterceptor(instance, refreshAuthLogic, { deduplicateRefresh: false })
  }
  return { get: async (path, params) => (await instance.get(path, { params })).data }
}
