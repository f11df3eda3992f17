import { checkOption } from './checkOption.js'

const isPositive = (value: unknown) => typeof value === 'number' && value > 0

describe('checkOption', () => {
  it('lets a valid value and a left-out one through', () => {
    expect(() => checkOption('fn', 'timeoutMs', 5, isPositive, 'milliseconds')).not.toThrow()
    expect(() =>
      checkOption('fn', 'timeoutMs', undefined, isPositive, 'milliseconds'),
    ).not.toThrow()
  })

  it.each([
    [Number.NaN, 'NaN'],
    [-1, '-1'],
    ['5s', '"5s"'],
    [null, 'null'],
    [{ ms: 5 }, 'object'],
    [true, 'true'],
  ])('says what it got for %j (%s) and what to pass, in one sentence', (value, shown) => {
    expect(() => checkOption('fn', 'timeoutMs', value, isPositive, 'milliseconds above 0')).toThrow(
      new TypeError(`fn got timeoutMs: ${shown}; pass milliseconds above 0.`),
    )
  })
})
