import { landServerErrors } from '../../test/support/landServerErrors.js'
import { ApiError } from '../core/ApiError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { codeFieldMessage } from './codeFieldMessage.js'

const bkend = (code: string, message: string) => ({ success: false, error: { code, message } })

const weak = bkend('auth/invalid-password-format', 'Password must be at least 8 characters long.')
const badEmail = bkend('auth/invalid-email-format', 'Enter a valid email address, e.g. a@b.co.')
const taken = bkend('auth/email-already-exists', 'This email is already registered.')

describe('codes that name a field', () => {
  it("puts bkend's sign-up codes on email and password, in the server's words", () => {
    const password = landServerErrors(['email', 'password'], weak, 400)
    expect(password.result.applied).toEqual(['password'])
    expect(password.message('password')).toBe('Password must be at least 8 characters long.')
    expect(password.result.root).toBeUndefined()
    const email = landServerErrors(['email', 'password'], badEmail, 400)
    expect(email.result.applied).toEqual(['email'])
    expect(email.message('email')).toBe('Enter a valid email address, e.g. a@b.co.')
    const conflict = landServerErrors(['email', 'password'], taken, 409)
    expect(conflict.message('email')).toBe('This email is already registered.')
  })

  it('puts a password code on newPassword in a password change form, currentPassword for the old one', () => {
    const change = ['currentPassword', 'newPassword']
    const weakNew = landServerErrors(change, weak, 400)
    expect(weakNew.result.applied).toEqual(['newPassword'])
    const wrongOld = landServerErrors(
      change,
      bkend('auth/invalid-password', 'Current password is wrong.'),
      400,
    )
    expect(wrongOld.result.applied).toEqual(['currentPassword'])
  })

  it('takes the form’s own map: a name, a list tried in order, or a function', () => {
    const byName = landServerErrors(['login', 'password'], taken, 409, {
      fieldsByCode: { 'auth/email-already-exists': 'login' },
    })
    expect(byName.result.applied).toEqual(['login'])
    expect(byName.message('login')).toBe('This email is already registered.')
    const byList = landServerErrors(['secret'], weak, 400, {
      fieldsByCode: { 'auth/invalid-password-format': ['pin', 'secret'] },
    })
    expect(byList.result.applied).toEqual(['secret'])
    const byFunction = landServerErrors(['login'], badEmail, 400, {
      fieldsByCode: (code) => (code.includes('email') ? 'login' : undefined),
    })
    expect(byFunction.result.applied).toEqual(['login'])
    // A code the map leaves out keeps its built-in field.
    const untouched = landServerErrors(['email', 'password'], weak, 400, {
      fieldsByCode: { 'auth/email-already-exists': 'login' },
    })
    expect(untouched.result.applied).toEqual(['password'])
  })

  it("sends a code's message to root.server when the form has none of its fields", () => {
    const { result, message } = landServerErrors(['login', 'pin'], weak, 400)
    expect(result.applied).toEqual([])
    expect(message('root.server')).toBe('Password must be at least 8 characters long.')
    const mapped = landServerErrors(['pin'], taken, 409, {
      fieldsByCode: { 'auth/email-already-exists': 'x' },
    })
    expect(mapped.result.applied).toEqual([])
    expect(mapped.result.root).toBe('This email is already registered.')
  })

  it('leaves fields the body names alone: the code map is for bodies that name none', () => {
    const body = {
      error: {
        type: 'user',
        code: 400,
        message: 'Required values are missing.',
        fields: { username: 'This value is required.', password: 'This value is required.' },
      },
    }
    const { result } = landServerErrors(['username', 'password'], body, 400, {
      fieldsByCode: () => 'password',
    })
    expect(result.applied).toEqual(['username', 'password'])
  })
})

describe('message policy', () => {
  it("keeps the catalog's words when bkend sends only its docs' terse label", () => {
    const { message } = landServerErrors(
      ['password'],
      bkend('auth/invalid-password-format', 'Password policy violation'),
      400,
    )
    expect(message('password')).toBe("The password doesn't meet the requirements.")
  })

  it('never uses server text of errors outside validation and conflict, nor of formats not written for users', () => {
    const serverSide = decodeError(bkend('auth/invalid-email', 'Lookup failed.'), { status: 500 })
    expect(codeFieldMessage(serverSide)).toBe(serverSide.userMessage)
    const problem = new ApiError({
      status: 422,
      code: 'auth/invalid-email-format',
      kind: 'validation',
      type: 'user',
      message: 'Failed to read request body at /email.',
      userMessage: 'Enter a valid email address, like name@example.com.',
      format: 'problem-details',
    })
    expect(codeFieldMessage(problem)).toBe(problem.userMessage)
    for (const text of [
      '{"min":8}',
      'Password too short\nat line 3.',
      'password too short.',
      'x'.repeat(300) + '.',
    ]) {
      const odd = decodeError(bkend('auth/invalid-password-format', text), { status: 400 })
      expect(codeFieldMessage(odd)).toBe(odd.userMessage)
    }
  })
})
