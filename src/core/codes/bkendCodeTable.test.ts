import { decodeError } from '../decode/decodeError.js'
import { isSessionEndError } from '../isSessionEndError.js'
import {
  bkendCodeDescriptions,
  bkendCodeFields,
  bkendCodes,
  bkendCodesWithoutStatus,
  bkendSessionEndCodes,
  bkendStatusConflicts,
  bkendStatusExceptions,
} from './bkendCodeTable.js'
import { statusFromCodeName as generatorRule } from '../../../scripts/generateBkendCodes.mjs'
import { statusFromCodeName } from './statusFromCodeName.js'

const stored = (code: string, message = 'From the server') =>
  decodeError({ success: false, error: { code, message } })

describe("bkend's generated code table", () => {
  it('names every documented code once, each with a description', () => {
    const codes = [...Object.keys(bkendCodes), ...bkendCodesWithoutStatus]
    expect(new Set(codes).size).toBe(codes.length)
    expect(Object.keys(bkendCodeDescriptions).sort()).toEqual([...codes].sort())
    for (const code of [
      ...Object.keys(bkendCodeFields),
      ...Object.keys(bkendStatusConflicts),
      ...bkendSessionEndCodes,
    ])
      expect(codes).toContain(code)
    for (const code of codes) expect(code).toMatch(/^(auth|common|data|file|user)\/[a-z0-9-]+$/)
  })

  it('lists as exceptions exactly the codes whose documented status the name rule does not give', () => {
    const exceptions = Object.entries(bkendCodes).filter(
      ([code, status]) => statusFromCodeName(code) !== status,
    )
    expect(bkendStatusExceptions).toEqual(Object.fromEntries(exceptions))
    for (const code of [...Object.keys(bkendCodes), ...bkendCodesWithoutStatus, 'x/too-many-y'])
      expect(generatorRule(code)).toBe(statusFromCodeName(code))
  })

  it('gives a stored body of each documented code its documented status', () => {
    for (const [code, status] of Object.entries(bkendCodes))
      expect(stored(code).status, code).toBe(status)
  })

  it('puts the user message of a code that names a field under that field, as forms read it', () => {
    const error = stored('auth/email-already-exists', 'Email already registered')
    expect(error.fields).toEqual({ email: [error.userMessage] })
    expect(error.userMessage).toBe('An account with this email already exists. Try signing in.')
    expect(error.kind).toBe('conflict')
    const bare = decodeError({ success: false, error: { code: 'auth/same-as-previous-password' } })
    expect(bare.fields).toEqual({ newPassword: [bare.userMessage] })
    for (const [code, field] of Object.entries(bkendCodeFields))
      expect(Object.keys(stored(code).fields)).toEqual([field])
  })

  it('leaves fields empty for codes that name none', () => {
    expect(stored('auth/invalid-credentials').fields).toEqual({})
    expect(stored('data/duplicate-value').fields).toEqual({})
  })

  it('ends the session on exactly the codes that need signing in again', () => {
    expect([...bkendSessionEndCodes].sort()).toEqual([
      'auth/invalid-refresh-token',
      'auth/session-expired',
      'auth/token-expired',
    ])
    for (const code of bkendSessionEndCodes) expect(isSessionEndError(stored(code))).toBe(true)
    expect(isSessionEndError(stored('auth/access-token-expired'))).toBe(false)
  })
})
