import mswPackage from 'msw/package.json' with { type: 'json' }
import { inject } from 'vitest'

// The MSW tests run on msw 2 (the unit project) and on msw 3 under Node 22 (the msw3 project of
// `npm test`): this fails if a run picked up another copy than the one it was set up for.
describe('msw under test', () => {
  it('is the major the project was set up for', () => {
    expect(mswPackage.version.split('.')[0]).toBe(inject('mswMajor'))
  })
})
