import { kindFromStatus } from './kindFromStatus.js'

describe('kindFromStatus', () => {
  it.each([
    [400, 'validation'],
    [422, 'validation'],
    [401, 'auth'],
    // Laravel's "Page Expired": the session that held the CSRF token has ended.
    [419, 'auth'],
    [403, 'permission'],
    [404, 'not-found'],
    [409, 'conflict'],
    [408, 'timeout'],
    [429, 'rate-limit'],
    [500, 'server'],
    [503, 'server'],
    [418, 'validation'],
  ])('maps %i to %s', (status, kind) => {
    expect(kindFromStatus(status)).toBe(kind)
  })

  it.each([405, 406, 415])(
    'leaves %i without a kind: a method or media type the code chose, nothing a user fixes on a form',
    (status) => {
      expect(kindFromStatus(status)).toBeUndefined()
    },
  )

  it('has no kind for statuses that are not errors', () => {
    expect(kindFromStatus(200)).toBeUndefined()
    expect(kindFromStatus(300)).toBeUndefined()
    expect(kindFromStatus(0)).toBeUndefined()
  })
})
