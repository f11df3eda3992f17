import fc from 'fast-check'
import { expectLinear } from '../../../test/support/linearTime.js'
import { bracketsToDots } from './bracketsToDots.js'

describe('bracketsToDots', () => {
  it.each([
    ['items[0].name', 'items.0.name'],
    ["items['first'].name", 'items.first.name'],
    ['a["b"]["c"]', 'a.b.c'],
    ['a[[0]]', 'a.[0]'],
    ['a[0', 'a[0'],
    ['a["b]', 'a.b'],
    ['a["b"c]', 'a["b"c]'],
    ['no brackets', 'no brackets'],
  ])('%s -> %s', (input, expected) => {
    expect(bracketsToDots(input)).toBe(expected)
  })

  it('reads names as the one-line pattern it replaces read them', () => {
    // The pattern is right, only slow on long names: on short ones it is the reference.
    // eslint-disable-next-line regexp/no-super-linear-move -- the reference, on short names only
    const reference = (text: string) => text.replace(/\[["']?([^\]"']*)["']?\]/g, '.$1')
    const piece = fc.constantFrom('[', ']', '"', "'", 'a', '0', '.', ' ')
    const name = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(name, (text) => {
        expect(bracketsToDots(text)).toBe(reference(text))
      }),
      { numRuns: 10_000 },
    )
  })

  // `'['.repeat(40_000)` took 4.4 s through decodeError.
  it.each([['['], ['["'], ["['a"], ['[a]'], ['[a"']])(
    'takes time in proportion to a name of %j repeated',
    (unit) => {
      const name = (chars: number) => unit.repeat(Math.ceil(chars / unit.length))
      const small = name(64 * 1024)
      const large = name(1024 * 1024)
      expectLinear(
        () => bracketsToDots(small),
        () => bracketsToDots(large),
      )
    },
  )
})
