import { bkendCodes, bkendCodesWithoutStatus } from '../core/codes/bkendCodeTable.js'
import { bkendDecoder } from '../core/decode/formats/bkend.js'
import { bkendErrorBodies, errorBodies } from './errorBodies.js'

describe('bkendErrorBodies', () => {
  it('has a body for every code bkend documents, with its documented status', () => {
    const codes = Object.keys(bkendCodes) as (keyof typeof bkendCodes)[]
    expect(Object.keys(bkendErrorBodies).sort()).toEqual(
      [...codes, ...bkendCodesWithoutStatus].sort(),
    )
    for (const code of codes) {
      expect(bkendErrorBodies[code].status).toBe(bkendCodes[code])
      expect(bkendErrorBodies[code].body.error.code).toBe(code)
    }
    // Listed without a status: the name rule's (`auth/magic-token-expired` reads as 401).
    expect(bkendErrorBodies['auth/magic-token-expired'].status).toBe(401)
    expect(bkendErrorBodies['auth/mfa-setup-expired'].status).toBe(400)
  })

  it('gives every code a non-empty message and the success: false envelope bkend sends', () => {
    for (const { body } of Object.values(bkendErrorBodies)) {
      expect(body.success).toBe(false)
      expect(body.error.message.trim().length).toBeGreaterThan(0)
      expect(bkendDecoder.decode(body, {})).toMatchObject({
        code: body.error.code,
        message: body.error.message,
      })
    }
  })

  it("keeps the troubleshooting page's wording", () => {
    expect(bkendErrorBodies['auth/invalid-credentials'].body.error.message).toBe(
      'Invalid email or password',
    )
    expect(bkendErrorBodies['data/permission-denied'].body.error.message).toBe(
      'Insufficient RLS permissions',
    )
    expect(bkendErrorBodies['auth/too-many-code-requests']).toEqual({
      status: 429,
      body: {
        success: false,
        error: {
          code: 'auth/too-many-code-requests',
          message: 'Verification code request limit exceeded',
        },
      },
    })
  })
})

describe('errorBodies', () => {
  it('has a body for every format the decoders know', () => {
    expect(Object.keys(errorBodies)).toEqual(
      expect.arrayContaining([
        'bkend',
        'bkendNest',
        'backstack',
        'backstackPayload',
        'problemDetails',
        'problemDetailsValidation',
        'jsonApi',
        'graphql',
        'django',
        'djangoDetail',
        'laravel',
        'fastApi',
        'fastApiDetail',
        'stripe',
        'postgrest',
        'firebase',
      ]),
    )
  })

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(errorBodies))).toEqual(errorBodies)
    expect(JSON.parse(JSON.stringify(bkendErrorBodies))).toEqual(bkendErrorBodies)
  })
})
