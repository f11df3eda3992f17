import fc from 'fast-check'
import { expectLinear } from '../../../test/support/linearTime.js'
import { createFieldCollector, normalizeFieldPath } from './fieldPaths.js'

describe('normalizeFieldPath', () => {
  it.each([
    ['users.0.email', 'users.0.email'],
    ['items[0].name', 'items.0.name'],
    ["items['first'].name", 'items.first.name'],
    ['#/items/0/name', 'items.0.name'],
    ['/profile/color', 'profile.color'],
    ['#/a~1b/c~0d', 'a/b.c~d'],
    [' email ', 'email'],
    ['first_name', 'first_name'],
    ['/data/attributes/first-name', 'data.attributes.first-name'],
    ['a..b', 'a.b'],
    ['a.', 'a'],
    ['proto', 'proto'],
    ['constructors', 'constructors'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeFieldPath(input)).toBe(expected)
  })

  it('drops the location of FastAPI loc arrays', () => {
    expect(normalizeFieldPath(['body', 'items', 0, 'name'])).toBe('items.0.name')
    expect(normalizeFieldPath(['query', 'limit'])).toBe('limit')
    expect(normalizeFieldPath(['body'])).toBe('body')
  })

  it.each([
    [''],
    ['#/'],
    [[]],
    [null],
    [42],
    ['__proto__.polluted'],
    ['a.constructor.prototype'],
    ['constructor'],
    ['a.prototype'],
    ['#/__proto__'],
    ['/a/constructor/b'],
    ['#/a.__proto__'],
    ['/constructor.x'],
    [['a.constructor']],
    [['body', '__proto__.x']],
    ['a[" prototype "]'],
    [['body', '__proto__']],
  ])('gives undefined for %j', (input) => {
    expect(normalizeFieldPath(input)).toBeUndefined()
  })
})

describe('normalizeFieldPath on hostile names', () => {
  it('takes a name of 256 characters and drops a longer one, whose message goes to the form', () => {
    const longest = `a${'.b'.repeat(127)}b`.slice(0, 256)
    expect(normalizeFieldPath(longest)).toBe(longest)
    expect(normalizeFieldPath(`${longest}c`)).toBeUndefined()
    expect(normalizeFieldPath(`  ${longest}  `)).toBe(longest)
    expect(normalizeFieldPath(['body', ...Array(200).fill('ab')])).toBeUndefined()
    const collector = createFieldCollector()
    collector.add('x'.repeat(300), 'Too long a name.')
    expect(collector.result()).toEqual({ fields: undefined, formErrors: ['Too long a name.'] })
  })

  // `{ errors: { ['['.repeat(40_000)]: ['x'] } }` took 4.4 s.
  it.each([['['], ['["'], ['[a'], ["['a"], ['#/['], ['a[0]']])(
    'takes time in proportion to a name of %j repeated',
    (unit) => {
      const name = (chars: number) => unit.repeat(Math.ceil(chars / unit.length))
      const small = name(16 * 1024)
      const large = name(256 * 1024)
      expectLinear(
        () => normalizeFieldPath(small),
        () => normalizeFieldPath(large),
      )
    },
  )

  it('reads bracket names within the cap as before', () => {
    const name = `items${'[0]'.repeat(80)}`
    expect(normalizeFieldPath(name)).toBe(`items${'.0'.repeat(80)}`)
    expect(normalizeFieldPath('a[[0]]')).toBe('a[.0]')
    expect(normalizeFieldPath('a["b"]["c"]')).toBe('a.b.c')
  })
})

describe('createFieldCollector', () => {
  it('keeps several messages per field in order, without repeats', () => {
    const collector = createFieldCollector()
    collector.add('email', 'Required.')
    collector.add('email', ['Must be an email.', 'Required.'])
    collector.add('items[1].price', 'Too low.')
    expect(collector.result()).toEqual({
      fields: { email: ['Required.', 'Must be an email.'], 'items.1.price': ['Too low.'] },
      formErrors: undefined,
    })
  })

  it('sends messages of unusable paths to the form and never touches a prototype', () => {
    const collector = createFieldCollector()
    collector.add('__proto__', 'Polluted?')
    collector.add('', 'Whole form.')
    collector.addForm(['Also whole form.', 42])
    const { fields, formErrors } = collector.result()
    expect(fields).toBeUndefined()
    expect(formErrors).toEqual(['Polluted?', 'Whole form.', 'Also whole form.'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  it('ignores non-string messages and leaves no empty field behind', () => {
    const collector = createFieldCollector()
    collector.add('name', { nested: true })
    collector.add('name', 7)
    expect(collector.result()).toEqual({ fields: undefined, formErrors: undefined })
  })

  it('caps how many messages it keeps', () => {
    const collector = createFieldCollector()
    for (let i = 0; i < 1000; i++) collector.add(`f${i}`, `m${i}`)
    expect(Object.keys(collector.result().fields ?? {})).toHaveLength(500)
  })
  it('cuts long messages and still drops a repeat of one', () => {
    const long = `${'x'.repeat(2500)} `
    const collector = createFieldCollector()
    collector.add('bio', long)
    collector.add('bio', long)
    expect(collector.result().fields).toEqual({ bio: [`${'x'.repeat(2000)}…`] })
  })
})

describe('normalizeFieldPath on plain paths', () => {
  it('reads dotted paths and JSON Pointers of plain names as the general parser reads name lists', () => {
    const name = fc.oneof(
      fc.stringMatching(/^[\w-]{1,12}$/),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'constructors', '0'),
    )
    const segments = fc
      .array(name, { minLength: 1, maxLength: 6 })
      .filter((list) => !['body', 'query', 'path', 'header', 'cookie'].includes(list[0]!))
    fc.assert(
      fc.property(segments, (list) => {
        const expected = normalizeFieldPath(list)
        expect(normalizeFieldPath(list.join('.'))).toBe(expected)
        expect(normalizeFieldPath(`#/${list.join('/')}`)).toBe(expected)
        expect(normalizeFieldPath(`/${list.join('/')}`)).toBe(expected)
      }),
      { numRuns: 2000 },
    )
  })
})
