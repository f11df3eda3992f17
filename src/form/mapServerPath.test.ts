import { mapServerPath } from './mapServerPath.js'

describe('mapServerPath', () => {
  it('uses the rename table first, then mapPath, else the path unchanged', () => {
    const options = {
      rename: { email_address: 'email' },
      mapPath: (path: string) => (path === 'skip' ? undefined : `x.${path}`),
    }
    expect(mapServerPath('email_address', options)).toBe('email')
    expect(mapServerPath('name', options)).toBe('x.name')
    expect(mapServerPath('skip', options)).toBe('skip')
    expect(mapServerPath('name', {})).toBe('name')
    expect(mapServerPath('toString', { rename: {} })).toBe('toString')
  })

  it('makes the server path and the result dotted, so rename matches either spelling', () => {
    const rename = { 'users.1.email_address': 'users[1].email' }
    expect(mapServerPath('users[1].email_address', { rename })).toBe('users.1.email')
    expect(mapServerPath('users.1.email_address', { rename })).toBe('users.1.email')
    expect(mapServerPath('items[0].price', {})).toBe('items.0.price')
    expect(mapServerPath('a', { mapPath: () => 'lines[2]' })).toBe('lines.2')
  })

  it('gives undefined for a path with nothing usable left', () => {
    expect(mapServerPath('', {})).toBeUndefined()
    expect(mapServerPath('name', { mapPath: () => '' })).toBeUndefined()
    expect(mapServerPath('a.__proto__.b', {})).toBeUndefined()
    expect(mapServerPath('a', { rename: { a: 'constructor' } })).toBeUndefined()
  })
})
