import { isEmail } from './isEmail.js'

describe('isEmail', () => {
  it.each(['user@example.com', 'a@b.c', 'first.last@mail.example.org', 'a@b..c'])(
    'takes %j',
    (value) => expect(isEmail(value)).toBe(true),
  )

  it.each([
    '',
    'user',
    'user@',
    '@example.com',
    'user@example',
    'a@.b',
    'a@b.',
    'a b@c.d',
    'a@b@c.d',
  ])('refuses %j', (value) => expect(isEmail(value)).toBe(false))

  it('reads a long host of dots in one pass', () => {
    // The single pattern it replaces backtracked polynomially on this input.
    expect(isEmail(`a@${'.'.repeat(100_000)}@`)).toBe(false)
    expect(isEmail(`a@b${'.'.repeat(100_000)}c`)).toBe(true)
  })
})
