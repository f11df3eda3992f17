// RTK Query's documented way to refresh once for many 401s ("Preventing multiple unauthorized
// errors"): async-mutex around fetchBaseQuery. bkend wraps the tokens in `{ success, data }`. The base query is called directly, as the API
// slice would call it, so RTK Query's deduplication of identical queries does not hide the storm.
import { fetchBaseQuery } from '@reduxjs/toolkit/query'
import { Mutex } from 'async-mutex'

export function createRtkQueryMutexClient({ url, headers, tokens }) {
  const state = { auth: { ...tokens } }
  const mutex = new Mutex()
  const baseQuery = fetchBaseQuery({
    baseUrl: url,
    prepareHeaders: (requestHeaders, { getState }) => {
      for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value)
      const token = getState().auth.accessToken
      if (token) requestHeaders.set('authorization', `Bearer ${token}`)
      return requestHeaders
    },
  })
  const baseQueryWithReauth = async (args, api, extraOptions) => {
    await mutex.waitForUnlock()
    let result = await baseQuery(args, api, extraOptions)
    if (result.error && result.error.status === 401) {
      if (!mutex.isLocked()) {
        const release = await mutex.acquire()
        try {
          const refreshResult = await baseQuery(
            {
              url: '/v1/auth/refresh',
              method: 'POST',
              body: { refreshToken: api.getState().auth.refreshToken },
            },
            api,
            extraOptions,
          )
          if (refreshResult.data) {
            api.dispatch({ type: 'auth/tokenReceived', payload: refreshResult.data.data })
            result = await baseQuery(args, api, extraOptions)
          } else {
            api.dispatch({ type: 'auth/loggedOut' })
          }
        } finally {
          release()
        }
      } else {
        await mutex.waitForUnlock()
        result = await baseQuery(args, api, extraOptions)
      }
    }
    return result
  }
  const dispatch = (action) => {
    if (action.type === 'auth/tokenReceived') state.auth = { ...action.payload }
    else state.auth = {}
  }
  return {
    async get(path) {
      // What an API slice hands a base query: each query has its own AbortController.
      const controller = new AbortController()
      const api = {
        signal: controller.signal,
        abort: () => controller.abort(),
        dispatch,
        getState: () => state,
        extra: undefined,
        endpoint: 'getPosts',
        type: 'query',
      }
      const result = await baseQueryWithReauth(path, api, {})
      if (result.error) throw result.error
      return result.data
    },
  }
}
