import { decodeError } from '../decodeError.js'
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

describe('decodeError on PostgREST bodies', () => {
  const noRows = {
    code: 'PGRST116',
    details: 'The result contains 0 rows',
    hint: null,
    message: 'JSON object requested, multiple (or no) rows returned',
  }

  it('gives PGRST303 (an expired JWT) status 401 and kind auth with or without a status', () => {
    const body = { code: 'PGRST303', details: null, hint: null, message: 'JWT expired' }
    for (const error of [decodeError(body), decodeError(body, { status: 401 })]) {
      expect(error).toMatchObject({ status: 401, kind: 'auth', code: 'postgrest/pgrst303' })
      expect(error.userMessage).toBe('Please sign in to continue.')
    }
  })

  it('treats PGRST116 with no row (.single()) as not-found, with or without its 406', () => {
    for (const error of [decodeError(noRows), decodeError(noRows, { status: 406 })]) {
      expect(error).toMatchObject({ status: 406, kind: 'not-found', type: 'codebase' })
      expect(error.userMessage).toBe("We couldn't find what you were looking for.")
    }
    // PostgREST 12 words it differently and names the media type; still no row.
    const v12 = {
      code: 'PGRST116',
      details: 'Results contain 0 rows, application/vnd.pgrst.object+json requires 1 row',
      hint: null,
      message: 'Cannot coerce the result to a single JSON object',
    }
    expect(decodeError(v12, { status: 406 })).toMatchObject({ status: 406, kind: 'not-found' })
  })

  it('does not call PGRST116 with several rows not-found or a validation error', () => {
    const several = { ...noRows, details: 'The result contains 2 rows' }
    for (const error of [decodeError(several), decodeError(several, { status: 406 })]) {
      expect(error).toMatchObject({ status: 406, kind: 'unknown', type: 'system' })
      expect(error.userMessage).toBe('Something went wrong. Please try again.')
    }
    const many = {
      ...noRows,
      details: 'Results contain 12 rows, application/vnd.pgrst.object+json requires 1 row',
    }
    expect(decodeError(many).kind).toBe('unknown')
  })

  it('does not call other 406s (PGRST106, a schema not exposed) validation errors', () => {
    const body = {
      code: 'PGRST106',
      details: null,
      hint: 'Only the following schemas are exposed: public, graphql_public',
      message: 'The schema must be one of the following: public, graphql_public',
    }
    for (const error of [decodeError(body), decodeError(body, { status: 406 })]) {
      expect(error).toMatchObject({ status: 406, kind: 'unknown' })
      expect(error.userMessage).not.toMatch(/information entered/)
    }
  })

  it.each([
    ['PGRST000', 503, 'server'], // could not connect
    ['PGRST002', 503, 'server'], // could not build the schema cache
    ['PGRST100', 400, 'validation'], // query string could not be parsed
    ['PGRST102', 400, 'validation'], // invalid request body
    ['PGRST107', 406, 'unknown'], // an Accept media type it cannot give
    ['PGRST125', 404, 'not-found'], // invalid path
    ['PGRST126', 404, 'not-found'], // root path with the OpenAPI output disabled
    ['PGRST200', 400, 'validation'], // stale relationship
    ['PGRST204', 400, 'validation'], // column not found
    ['PGRST205', 404, 'not-found'], // table not found
    ['PGRST301', 401, 'auth'], // JWT could not be decoded
    ['PGRST302', 401, 'auth'], // anonymous requests disabled
  ])('gives %s the status PostgREST sends for it (%i) when none is known', (code, status, kind) => {
    const error = decodeError({ code, details: null, hint: null, message: 'm' })
    expect(error).toMatchObject({ status, kind, code: `postgrest/${code.toLowerCase()}` })
  })

  it("decodes PostgREST's docs example of a missing function as 404", () => {
    const body = {
      hint: 'If a new function was created in the database with this name and parameters, try reloading the schema cache.',
      details: null,
      code: 'PGRST202',
      message: 'Could not find the api.nonexistent_function() function in the schema cache',
    }
    expect(decodeError(body)).toMatchObject({ status: 404, kind: 'not-found' })
  })

  it('lets the HTTP status win over the code, and keeps SQLSTATE statuses', () => {
    const body = { code: 'PGRST301', details: null, hint: null, message: 'JWSError' }
    expect(decodeError(body, { status: 500 })).toMatchObject({ status: 500, kind: 'server' })
    expect(decodeError(noRows, { status: 500 })).toMatchObject({ status: 500, kind: 'server' })
    const unique = { code: '23505', details: null, hint: null, message: 'duplicate key' }
    expect(decodeError(unique)).toMatchObject({ status: 409, kind: 'conflict' })
    const rls = { code: '42501', details: null, hint: null, message: 'permission denied' }
    expect(decodeError(rls)).toMatchObject({ status: 403, kind: 'permission' })
    const notNull = { code: '23502', details: null, hint: null, message: 'null value' }
    expect(decodeError(notNull)).toMatchObject({ status: 400, kind: 'validation' })
    // A SQLSTATE starting with P is not a PostgREST code: no status of its own.
    const raised = { code: 'P0001', details: 'Pretty simple', hint: null, message: 'I refuse!' }
    expect(decode(raised)?.status).toBeUndefined()
    expect(decodeError(raised)).toMatchObject({ status: 400, kind: 'validation' })
  })
})

describe('postgrestDecoder row counts', () => {
  it.each([
    ['The result contains 2 rows', undefined],
    ['The result contains 05 rows', undefined],
    ['The result contains 0 rows', 'not-found'],
    ['Results contain 100 rows', undefined],
  ])('reads %j as kind %s', (details, kind) => {
    const body = { code: 'PGRST116', message: 'JSON object requested', details, hint: null }
    expect(postgrestDecoder.decode(body, {})?.kind).toBe(kind)
  })
})
