// ky 2 with the refresh its readme shows: an afterResponse hook that refreshes on the first 401
// and forces one retry with the new token; the refresh is shared by the requests that fail while
// it runs, as an app would write it.
import ky from 'ky2'

export function createKyClient({ url, headers, tokens }) {
  let current = { ...tokens }
  let refreshing
  const refresh = () =>
    (refreshing ??= ky
      .post(`${url}/v1/auth/refresh`, { headers, json: { refreshToken: current.refreshToken } })
      .json()
      .then(({ data }) => {
        current = data
        return data
      })
      .finally(() => {
        refreshing = undefined
      }))
  const api = ky.create({
    baseUrl: url,
    headers,
    hooks: {
      beforeRequest: [
        ({ request }) => {
          if (current.accessToken)
            request.headers.set('authorization', `Bearer ${current.accessToken}`)
        },
      ],
      afterResponse: tokens
        ? [
            async ({ request, response, retryCount }) => {
              if (response.status !== 401 || retryCount > 0) return undefined
              const { accessToken } = await refresh()
              const retried = new Headers(request.headers)
              retried.set('authorization', `Bearer ${accessToken}`)
              return ky.retry({ request: new Request(request, { headers: retried }), delay: 0 })
            },
          ]
        : [],
    },
  })
  return {
    get: (path, searchParams) => api.get(path, { searchParams }).json(),
  }
}
