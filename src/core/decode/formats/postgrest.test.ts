import { postgrestDecoder } from './postgrest.js'

const decode = (body: unknown) => postgrestDecoder.decode(body, {})

describe('postgrestDecoder', () => {
  it("decodes PostgREST's docs example of a unique violation", () => {
    const body = {
      code: '23505',
      details: 'Key (id)=(1) already exists.',
      hint: null,
      message: 'duplicate key value violates unique constraint "projects_pkey"',
    }
    expect(decode(body)).toEqual({
      format: 'postgrest',
      code: 'postgrest/23505',
      message: 'duplicate key value violates unique constraint "projects_pkey"',
      devMessage: 'Key (id)=(1) already exists.',
      kind: 'conflict',
      retryAfterMs: undefined,
    })
  })

  it('decodes PGRST116 from .single() as not-found', () => {
    const body = {
      code: 'PGRST116',
      details: 'The result contains 0 rows',
      hint: null,
      message: 'JSON object requested, multiple (or no) rows returned',
    }
    expect(decode(body)).toMatchObject({ code: 'postgrest/pgrst116', kind: 'not-found' })
  })

  it('puts details and hint in devMessage, never in message', () => {
    const body = {
      code: '42501',
      details: null,
      hint: 'Check the row-level security policy of table "posts".',
      message: 'new row violates row-level security policy for table "posts"',
    }
    const decoded = decode(body)
    expect(decoded).toMatchObject({
      kind: 'permission',
      message: 'new row violates row-level security policy for table "posts"',
    })
    expect(decoded?.devMessage).toBe('Hint: Check the row-level security policy of table "posts".')
    expect(decode({ ...body, details: 'Failing row contains (1).' })?.devMessage).toBe(
      'Failing row contains (1).\nHint: Check the row-level security policy of table "posts".',
    )
    expect(decode({ ...body, hint: null })?.devMessage).toBeUndefined()
  })

  it('maps the well-known codes to kinds', () => {
    const kindOf = (code: string) => decode({ code, message: 'm', details: null, hint: null })?.kind
    expect(kindOf('23502')).toBe('validation')
    expect(kindOf('23514')).toBe('validation')
    expect(kindOf('22P02')).toBe('validation')
    expect(kindOf('PGRST301')).toBe('auth')
    expect(kindOf('23503')).toBe('conflict')
    expect(kindOf('42P01')).toBeUndefined()
  })

  it('rejects look-alikes: codes that are not SQLSTATE/PGRST, bodies without details or hint', () => {
    expect(decode({ code: 'auth/forbidden', message: 'x', details: null })).toBeUndefined()
    expect(decode({ code: 23505, message: 'x', details: null })).toBeUndefined()
    expect(decode({ code: '23505', message: 'duplicate key' })).toBeUndefined()
    expect(decode({ code: 'card_declined', message: 'x', hint: null })).toBeUndefined()
    expect(decode({ error: { code: 400, message: 'EMAIL_EXISTS' } })).toBeUndefined()
    expect(decode({ code: '23505', message: null, details: 'x', hint: null })).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, '23505', 23505, [], [{ code: '23505', message: 'x', hint: null }]]) {
      expect(decode(body)).toBeUndefined()
    }
    const cyclic: Record<string, unknown> = { code: '23505', message: 'loop' }
    cyclic.details = cyclic
    cyclic.hint = cyclic
    expect(decode(cyclic)).toMatchObject({ message: 'loop', devMessage: undefined })
    expect(
      decode(JSON.parse('{"code":"23505","message":"x","hint":null,"__proto__":{"kind":"y"}}'))
        ?.kind,
    ).toBe('conflict')
    expect(decode({ code: 'constructor', message: 'x', hint: null })).toBeUndefined()
    expect(decode({ code: '23505', message: '<b>dup</b>', hint: null })?.message).toBe('<b>dup</b>')
  })
})
