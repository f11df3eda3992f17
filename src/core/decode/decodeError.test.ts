import { setMessages } from '../messages/messageCatalog.js'
import { decodeError } from './decodeError.js'
import { registerDecoder } from './decoderRegistry.js'

const bkendBody = {
  success: false,
  error: { code: 'auth/invalid-credentials', message: 'Invalid email or password' },
}

describe('decodeError: the pipeline', () => {
  it('returns an ApiError as it is', () => {
    const error = decodeError(bkendBody, { status: 401 })
    expect(decodeError(error)).toBe(error)
  })

  it('lets the response status win over the body and the code table', () => {
    const error = decodeError(bkendBody, { status: 400 })
    expect(error.status).toBe(400)
    expect(error.kind).toBe('validation')
    expect(error.code).toBe('auth/invalid-credentials')
    expect(error.domain).toBe('auth')
  })

  it('infers the status of a stored body from the documented code table', () => {
    const error = decodeError(bkendBody)
    expect(error.status).toBe(401)
    expect(error.kind).toBe('auth')
    const locked = decodeError({
      success: false,
      error: { code: 'auth/account-locked', message: 'Locked' },
    })
    expect(locked.status).toBe(429)
    expect(locked.kind).toBe('rate-limit')
  })

  it('synthesises http/<status> when the format has no code', () => {
    const error = decodeError('', { status: 503 })
    expect(error.code).toBe('http/503')
    expect(error.kind).toBe('server')
    expect(error.type).toBe('system')
    expect(error.format).toBe('empty')
    expect(error.message).toBe('Request failed with status 503')
  })

  it('does not ask the user to correct input for a 405, 406 or 415, which the code caused', () => {
    for (const status of [405, 406, 415]) {
      const error = decodeError({ message: 'Method Not Allowed' }, { status })
      expect(error.kind).toBe('unknown')
      expect(error.userMessage).toBe(decodeError('', { status: 0 }).userMessage)
      expect(error.userMessage).not.toBe(decodeError('', { status: 400 }).userMessage)
    }
  })

  it('decodes fetch failures, timeouts and aborts', () => {
    const network = decodeError(new TypeError('Failed to fetch'))
    expect(network).toMatchObject({
      status: 0,
      code: 'network/failed',
      kind: 'network',
      format: 'fetch',
    })
    expect(network.cause).toBeInstanceOf(TypeError)
    const undici = new TypeError('fetch failed', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:1'),
    })
    expect(decodeError(undici).kind).toBe('network')
    expect(decodeError(new DOMException('signal timed out', 'TimeoutError'))).toMatchObject({
      code: 'request/timeout',
      kind: 'timeout',
    })
    expect(decodeError(new DOMException('This operation was aborted', 'AbortError'))).toMatchObject(
      {
        code: 'request/aborted',
        kind: 'aborted',
      },
    )
    expect(decodeError(new RangeError('bad'))).toMatchObject({
      code: 'client/error',
      kind: 'unknown',
      message: 'bad',
    })
  })

  it('parses JSON strings and keeps HTML and text bodies as plain text', () => {
    expect(decodeError(JSON.stringify(bkendBody), { status: 401 }).format).toBe('bkend')
    const html = decodeError(
      '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
      {
        status: 502,
      },
    )
    expect(html).toMatchObject({ format: 'html', message: '502 Bad Gateway', kind: 'server' })
    expect(decodeError('Service down for maintenance', { status: 503 })).toMatchObject({
      format: 'text',
      message: 'Service down for maintenance',
    })
    expect(decodeError('{"truncated": ', { status: 500 }).format).toBe('invalid-json')
  })

  it('never uses server text as the user message unless the format promises it', () => {
    const system = decodeError(
      {
        error: {
          request_method: 'get',
          type: 'system',
          code: 500,
          message: 'An error occurred. Please try again later.',
          dev_message: 'DB down at 10.0.0.3',
        },
      },
      { status: 500 },
    )
    expect(system.userMessage).not.toContain('DB down')
    expect(system.devMessage).toBe('DB down at 10.0.0.3')
    const plain = decodeError('Stack trace: at foo()', { status: 500 })
    expect(plain.userMessage).not.toContain('Stack trace')
    const user = decodeError(
      {
        error: {
          request_method: 'post',
          type: 'user',
          code: 400,
          message: 'Required values are missing.',
          fields: { username: 'This value is required.' },
        },
      },
      { status: 400 },
    )
    expect(user.userMessage).toBe('Required values are missing.')
    expect(user.fields).toEqual({ username: ['This value is required.'] })
  })

  it('prefers a code message to server text, and lets the app replace messages', () => {
    expect(decodeError(bkendBody, { status: 401 }).userMessage).toBe(
      'The email or password is incorrect.',
    )
    const restore = setMessages({
      codes: { 'auth/invalid-credentials': 'Datos incorrectos.' },
      kinds: { network: 'Sin conexión.' },
    })
    try {
      expect(decodeError(bkendBody, { status: 401 }).userMessage).toBe('Datos incorrectos.')
      expect(decodeError(new TypeError('Failed to fetch')).userMessage).toBe('Sin conexión.')
    } finally {
      restore()
    }
    const restoreFn = setMessages((input) =>
      input.kind === 'server' ? `Error ${input.status}` : undefined,
    )
    try {
      expect(decodeError('', { status: 502 }).userMessage).toBe('Error 502')
      expect(decodeError(bkendBody, { status: 401 }).userMessage).toBe(
        'The email or password is incorrect.',
      )
    } finally {
      restoreFn()
    }
  })

  it('reads retry-after and the request id from the headers', () => {
    const error = decodeError(
      {
        success: false,
        error: { code: 'data/rate-limit-exceeded', message: 'API call limit exceeded' },
      },
      {
        status: 429,
        headers: { 'Retry-After': '30', 'X-Request-Id': 'req_123' },
        method: 'get',
        url: 'https://api.example.com/v1/data/posts',
      },
    )
    expect(error).toMatchObject({
      kind: 'rate-limit',
      retryAfterMs: 30_000,
      requestId: 'req_123',
      requestMethod: 'GET',
      url: 'https://api.example.com/v1/data/posts',
    })
  })

  it('reads the headers from a Headers, a Map or a plain object alike', () => {
    const plain = {
      'Content-Type': 'application/problem+json',
      'Retry-After': '5',
      'CF-Ray': 'ray_1',
    }
    const body = { title: 'Slow down' }
    for (const headers of [plain, new Headers(plain), new Map(Object.entries(plain))]) {
      expect(decodeError(body, { status: 429, headers })).toMatchObject({
        format: 'problem-details',
        retryAfterMs: 5000,
        requestId: 'ray_1',
      })
    }
  })

  it('still decodes the body when the headers come as a list of pairs', () => {
    const headers = [['Retry-After', '7']] as unknown as Record<string, string>
    expect(
      decodeError({ title: 'Slow down', type: 'about:blank' }, { status: 429, headers }),
    ).toMatchObject({
      format: 'problem-details',
      retryAfterMs: 7000,
    })
  })

  it('gives a registered decoder the headers as the app passed them', () => {
    const headers = new Headers({ 'X-Acme': 'yes' })
    const seen: unknown[] = []
    const unregister = registerDecoder({
      name: 'acme-headers',
      decode: (_body, context) => {
        seen.push(context.headers)
        return undefined
      },
    })
    try {
      decodeError({ message: 'x' }, { status: 500, headers })
      expect(seen).toEqual([headers])
      expect(seen[0]).toBe(headers)
    } finally {
      unregister()
    }
  })

  it('tries registered decoders first and survives a decoder that throws', () => {
    const unregister = registerDecoder({
      name: 'acme',
      decode: (body) =>
        (body as { acme?: string }).acme
          ? { format: 'acme', code: 'acme/broken', message: (body as { acme: string }).acme }
          : undefined,
    })
    const unregisterBroken = registerDecoder({
      name: 'broken',
      decode: () => {
        throw new Error('bug')
      },
    })
    try {
      expect(decodeError({ acme: 'Widget jammed' }, { status: 500 })).toMatchObject({
        format: 'acme',
        code: 'acme/broken',
        message: 'Widget jammed',
      })
      expect(decodeError(bkendBody).format).toBe('bkend')
    } finally {
      unregister()
      unregisterBroken()
    }
    expect(decodeError({ acme: 'Widget jammed' }, { status: 500 }).format).not.toBe('acme')
    expect(() => registerDecoder({} as never)).toThrow(/name.*decode/)
  })

  it('gives GraphQL errors over HTTP 200 the kind their code says', () => {
    const error = decodeError(
      { errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] },
      { status: 200 },
    )
    expect(error.kind).toBe('auth')
    expect(error.status).toBe(401)
  })

  it('serialises to JSON without raw and cause', () => {
    const json = JSON.parse(JSON.stringify(decodeError(bkendBody, { status: 401 }))) as Record<
      string,
      unknown
    >
    expect(json).toMatchObject({
      name: 'ApiError',
      code: 'auth/invalid-credentials',
      domain: 'auth',
      status: 401,
    })
    expect(json).not.toHaveProperty('raw')
  })
})
