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
})
