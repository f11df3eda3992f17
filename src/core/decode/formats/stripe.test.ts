import { defaultKindMessages } from '../../messages/defaultMessages.js'
import { decodeError } from '../decodeError.js'
import { stripeDecoder } from './stripe.js'

const decode = (body: unknown) => stripeDecoder.decode(body, {})

describe('stripeDecoder', () => {
  it("decodes Stripe's docs example of an invalid request", () => {
    const body = {
      error: {
        code: 'resource_missing',
        doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
        message: "No such customer: 'cus_12345'",
        param: 'id',
        request_log_url: 'https://dashboard.stripe.com/test/logs/req_1234567890',
        type: 'invalid_request_error',
      },
    }
    expect(decode(body)).toEqual({
      format: 'stripe',
      code: 'stripe/resource-missing',
      message: "No such customer: 'cus_12345'",
      userMessage: undefined,
      kind: undefined,
      fields: { id: ["No such customer: 'cus_12345'"] },
      retryAfterMs: undefined,
    })
  })

  it('lets card errors speak to the user, as Stripe documents', () => {
    const body = {
      error: {
        charge: 'ch_1234567890',
        code: 'card_declined',
        decline_code: 'generic_decline',
        doc_url: 'https://stripe.com/docs/error-codes/card-declined',
        message: 'Your card was declined.',
        type: 'card_error',
      },
    }
    expect(decode(body)).toMatchObject({
      code: 'stripe/card-declined',
      message: 'Your card was declined.',
      userMessage: 'Your card was declined.',
    })
  })

  it("decodes OpenAI's shape with param: null", () => {
    const body = {
      error: {
        message:
          'Incorrect API key provided: sk-abc. You can find your API key at https://platform.openai.com/account/api-keys.',
        type: 'invalid_request_error',
        param: null,
        code: 'invalid_api_key',
      },
    }
    const decoded = decode(body)
    expect(decoded?.code).toBe('stripe/invalid-api-key')
    expect(decoded?.fields).toBeUndefined()
    expect(decoded?.userMessage).toBeUndefined()
  })

  it('falls back to the type for the code and hints the kind from it', () => {
    expect(
      decode({ error: { type: 'rate_limit_error', message: 'Too many requests', retry_after: 2 } }),
    ).toMatchObject({
      code: 'stripe/rate-limit-error',
      kind: 'rate-limit',
      retryAfterMs: 2000,
    })
    expect(
      decode({ error: { type: 'authentication_error', message: 'Invalid API Key' } })?.kind,
    ).toBe('auth')
    expect(decode({ error: { type: 'api_error', message: 'x' } })?.kind).toBe('server')
    expect(decode({ error: { type: 'idempotency_error', message: 'x' } })?.kind).toBe('conflict')
    expect(decode({ error: { type: 'constructor', message: 'x' } })?.kind).toBeUndefined()
  })

  it('maps a nested param to a dotted field path', () => {
    const decoded = decode({
      error: {
        type: 'card_error',
        code: 'invalid_expiry_month',
        param: 'card[exp_month]',
        message: "Your card's expiration month is invalid.",
      },
    })
    expect(decoded?.fields).toEqual({
      'card.exp_month': ["Your card's expiration month is invalid."],
    })
  })

  it('rejects look-alikes: Backstack, Firebase, bkend', () => {
    expect(
      decode({
        error: {
          request_method: 'post',
          type: 'user',
          code: 400,
          message: 'Required values are missing.',
        },
      }),
    ).toBeUndefined()
    expect(
      decode({ error: { type: 'system', request_method: 'get', message: 'x' } }),
    ).toBeUndefined()
    expect(decode({ error: { type: 'user', message: 'x' } })).toBeUndefined()
    expect(
      decode({
        error: {
          code: 400,
          message: 'EMAIL_EXISTS',
          errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
        },
      }),
    ).toBeUndefined()
    expect(
      decode({ error: { code: 403, message: 'x', status: 'PERMISSION_DENIED', type: 'weird' } }),
    ).toBeUndefined()
    expect(
      decode({
        success: false,
        error: { code: 'auth/forbidden', message: 'Access permission denied' },
      }),
    ).toBeUndefined()
    expect(decode({ type: 'card_error', message: 'top-level is not Stripe' })).toBeUndefined()
  })

  it('survives bad input', () => {
    for (const body of [null, 'x', 1, [], [{ error: { type: 'card_error', message: 'x' } }]]) {
      expect(decode(body)).toBeUndefined()
    }
    expect(decode({ error: { type: 'card_error' } })).toBeUndefined()
    const cyclic: Record<string, unknown> = { type: 'api_error', message: 'loop' }
    cyclic.error = cyclic
    expect(decode(cyclic)?.message).toBe('loop')
    const polluted = decode(
      JSON.parse('{"error":{"type":"invalid_request_error","message":"bad","param":"__proto__"}}'),
    )
    expect(polluted?.fields).toBeUndefined()
    expect(
      decode({ error: { type: 'card_error', code: 'x', message: { html: 1 } } })?.message,
    ).toBeUndefined()
    expect(decode({ error: { type: 'card_error', message: '<b>Declined</b>' } })?.userMessage).toBe(
      '<b>Declined</b>',
    )
  })
})

// Documented bodies, through the whole pipeline. Sources: Stripe's API reference "Errors"
// (docs.stripe.com/api/errors: `type`, `code`, `decline_code`, `param`, "For card errors, these
// messages can be shown to your users", statuses 400/402/429) and "Error codes"
// (docs.stripe.com/error-codes: card_declined, invalid_expiry_month, parameter_missing).
describe('stripeDecoder with documented bodies', () => {
  it.each([
    [
      'a declined card',
      {
        error: {
          charge: 'ch_1',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          doc_url: 'https://stripe.com/docs/error-codes/card-declined',
          message: 'Your card has insufficient funds.',
          type: 'card_error',
        },
      },
      402,
      'stripe/card-declined',
      'Your card has insufficient funds.',
      {},
    ],
    [
      'a card error about one parameter',
      {
        error: {
          code: 'invalid_expiry_month',
          doc_url: 'https://stripe.com/docs/error-codes/invalid-expiry-month',
          message: "Your card's expiration month is invalid.",
          param: 'exp_month',
          type: 'card_error',
        },
      },
      402,
      'stripe/invalid-expiry-month',
      "Your card's expiration month is invalid.",
      { exp_month: ["Your card's expiration month is invalid."] },
    ],
    [
      'a missing parameter',
      {
        error: {
          code: 'parameter_missing',
          doc_url: 'https://stripe.com/docs/error-codes/parameter-missing',
          message: 'Missing required param: amount.',
          param: 'amount',
          type: 'invalid_request_error',
        },
      },
      400,
      'stripe/parameter-missing',
      // Not a card error: Stripe's text is for developers, the catalog speaks to users.
      defaultKindMessages.validation,
      { amount: ['Missing required param: amount.'] },
    ],
    [
      'a nested parameter',
      {
        error: {
          code: 'email_invalid',
          message: 'Invalid email address: ada@',
          param: 'payment_method_data[billing_details][email]',
          type: 'invalid_request_error',
        },
      },
      400,
      'stripe/email-invalid',
      defaultKindMessages.validation,
      { 'payment_method_data.billing_details.email': ['Invalid email address: ada@'] },
    ],
  ])('%s', (_, body, status, code, userMessage, fields) => {
    const error = decodeError(body, { status })
    expect(error).toMatchObject({
      format: 'stripe',
      status,
      code,
      kind: 'validation',
      type: 'user',
      userMessage,
      message: body.error.message,
    })
    expect(error.fields).toEqual(fields)
  })

  it('reads a rate limit without a status from its type', () => {
    const body = {
      error: {
        message: 'Too many requests hit the API too quickly.',
        type: 'rate_limit_error',
        code: 'rate_limit',
      },
    }
    expect(decodeError(body)).toMatchObject({
      status: 429,
      kind: 'rate-limit',
      code: 'stripe/rate-limit',
    })
  })
})
