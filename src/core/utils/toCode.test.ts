import { toCode } from './toCode.js'

describe('toCode', () => {
  it('turns snake, upper and camel case into a kebab-case domain/name', () => {
    expect(toCode('common', 'VALIDATION_ERROR')).toBe('common/validation-error')
    expect(toCode('stripe', 'card_declined')).toBe('stripe/card-declined')
    expect(toCode('graphql', 'UNAUTHENTICATED')).toBe('graphql/unauthenticated')
    expect(toCode('firebase', 'EMAIL_EXISTS')).toBe('firebase/email-exists')
    expect(toCode('app', 'invalidEmail')).toBe('app/invalid-email')
  })

  it('keeps digits and SQLSTATE-like codes together', () => {
    expect(toCode('postgrest', '23505')).toBe('postgrest/23505')
    expect(toCode('postgrest', '22P02')).toBe('postgrest/22p02')
    expect(toCode('postgrest', 'PGRST116')).toBe('postgrest/pgrst116')
    expect(toCode('postgrest', 42501)).toBe('postgrest/42501')
  })

  it('trims, collapses separators and drops stray ones at the ends', () => {
    expect(toCode(' Stripe ', '  --card.declined!!  ')).toBe('stripe/card-declined')
    expect(toCode('a', 'x / y')).toBe('a/x-y')
  })

  it('caps the length of each part', () => {
    const code = toCode('d'.repeat(100), 'n'.repeat(1000))!
    expect(code).toBe(`${'d'.repeat(32)}/${'n'.repeat(64)}`)
  })

  it('returns undefined for empty or unusable names', () => {
    expect(toCode('stripe', '')).toBeUndefined()
    expect(toCode('stripe', '  _-  ')).toBeUndefined()
    expect(toCode('', 'x')).toBeUndefined()
    expect(toCode('stripe', undefined)).toBeUndefined()
    expect(toCode('stripe', null)).toBeUndefined()
    expect(toCode('stripe', { toString: () => 'x' })).toBeUndefined()
    expect(toCode('stripe', Number.NaN)).toBeUndefined()
  })
})
