import { landServerErrors } from '../../test/support/landServerErrors.js'
import { decodeError } from '../core/decode/decodeError.js'
import { errorBodies } from '../testing/errorBodies.js'
import { snakeToCamel } from './snakeToCamel.js'

describe('every format lands on the right fields', () => {
  it('Backstack: fields by name', () => {
    for (const body of [errorBodies.backstack, errorBodies.backstackPayload]) {
      const { result, message, type } = landServerErrors(['username', 'password'], body, 400)
      expect(result.applied).toEqual(['username', 'password'])
      expect(message('username')).toBe('This value is required.')
      expect(message('password')).toBe('This value is required.')
      expect(type('password')).toBe('server')
      expect(result.root).toBeUndefined()
    }
  })

  it('bkend: a validation error with only a message goes to root.server, as its safe user message', () => {
    const { result, message } = landServerErrors(['email'], errorBodies.bkendNest, 400)
    expect(result.applied).toEqual([])
    expect(result.handled).toBe(true)
    const error = decodeError(errorBodies.bkendNest, { status: 400 })
    expect(message('root.server')).toBe(error.userMessage)
    expect(message('email')).toBeUndefined()
  })

  it('Laravel: users.0.email, dotted nesting, several messages, snake_case mapped', () => {
    const { result, message } = landServerErrors(
      ['teamName', 'authorization.role', 'users.0.email'],
      errorBodies.laravel,
      422,
      { mapPath: snakeToCamel },
    )
    expect(result.applied).toEqual(['teamName', 'authorization.role', 'users.0.email'])
    expect(message('users.0.email')).toBe('The users.0.email field is required.')
    expect(message('authorization.role')).toBe('The selected authorization.role is invalid.')
    expect(message('teamName')).toBe(
      'The team name must be a string. The team name must be at least 1 characters.',
    )
  })

  it('Django REST framework: nested list errors and non_field_errors', () => {
    const { result, message } = landServerErrors(
      ['email', 'items.0.price', 'items.1.price'],
      errorBodies.django,
      400,
    )
    expect(result.applied).toEqual(['email', 'items.1.price'])
    expect(message('items.1.price')).toBe('Ensure this value is greater than or equal to 0.')
    expect(message('items.0.price')).toBeUndefined()
    expect(message('root.server')).toBe(
      'The fields start_date and end_date must make a unique set.',
    )
  })

  it('FastAPI: loc without its location, and a query parameter the form does not have to root', () => {
    const { result, message } = landServerErrors(['items.0.name'], errorBodies.fastApi, 422)
    expect(result.applied).toEqual(['items.0.name'])
    expect(message('items.0.name')).toBe('Field required')
    expect(result.unmatched).toEqual(['limit'])
    expect(message('root.server')).toBe(
      'Input should be a valid integer, unable to parse string as an integer',
    )
  })

  it('JSON:API: source.pointer /data/attributes/firstName', () => {
    const { result, message } = landServerErrors(['firstName'], errorBodies.jsonApi, 422)
    expect(result.applied).toEqual(['firstName'])
    expect(message('firstName')).toBe('First name must contain at least two characters.')
  })

  it('problem details: errors[].pointer, nested', () => {
    const { result, message } = landServerErrors(
      ['age', 'profile.color'],
      errorBodies.problemDetailsValidation,
      422,
    )
    expect(result.applied).toEqual(['age', 'profile.color'])
    expect(message('age')).toBe('must be a positive integer')
    expect(message('profile.color')).toBe("must be 'green', 'red' or 'blue'")
  })
})
