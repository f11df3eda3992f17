import { decodeError } from '../decodeError.js'

// Bodies (parsed JSON, so no Response, no stack) that hold the words other clients' errors use
// must be read as bodies, and errors of one client must not be read as another's.
describe('decodeError: look-alikes of other clients’ errors', () => {
  // A reader that claims a value keeps it as the error's cause; a body decoder never does.
  it('reads a JSON body with error and response members as a body, not an openapi-fetch result', () => {
    const body = { error: { code: 'auth/forbidden', message: 'No' }, response: { status: 500 } }
    const error = decodeError(body, { status: 403 })
    expect(error.status).toBe(403)
    expect(error.cause).toBeUndefined()
  })

  it('reads a body that says isAxiosError, or names HTTPError or FetchError, as a body', () => {
    const bodies = [
      { isAxiosError: true, message: 'x', response: { status: 500, data: {} } },
      { name: 'HTTPError', message: 'x', response: { status: 500 } },
      { name: 'FetchError', message: 'x', data: { message: 'y' } },
      { name: 'ServerError', message: 'x', statusCode: 500, bodyText: '' },
      { message: 'x', response: { status: 500, errors: [] }, request: { query: '{ a }' } },
    ]
    for (const body of bodies) {
      const error = decodeError(body, { status: 400 })
      expect(error.status).toBe(400)
      expect(error.cause).toBeUndefined()
    }
  })

  it('does not read an Error with a response that is no Response as ky or openapi-fetch', () => {
    const thrown = Object.assign(new Error('Request failed'), {
      name: 'HTTPError',
      response: { status: 503 },
    })
    expect(decodeError(thrown)).toMatchObject({ status: 0, code: 'client/error' })
  })

  it('does not take an Error that names a status code for an Apollo ServerError', () => {
    const thrown = Object.assign(new Error('Bad'), { statusCode: 'nope', name: 'ServerError' })
    expect(decodeError(thrown)).toMatchObject({ status: 0, code: 'client/error' })
  })

  it('survives a hostile error whose getters throw', () => {
    const hostile = new Proxy(new Error('x'), {
      get(target, key) {
        if (key === 'isAxiosError' || key === 'response') throw new Error('trap')
        return Reflect.get(target, key)
      },
    })
    expect(decodeError(hostile).kind).toBe('unknown')
  })
})
