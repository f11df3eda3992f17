import { expectLinear } from '../../../test/support/linearTime.js'
import { balanceBidi } from './balanceBidi.js'

const LRI = '\u2066'
const RLI = '\u2067'
const FSI = '\u2068'
const PDI = '\u2069'
const RLO = '\u202E'

describe('balanceBidi', () => {
  it('leaves text without isolates as it is, embeddings and overrides included', () => {
    expect(balanceBidi('Card declined.')).toBe('Card declined.')
    expect(balanceBidi(`abc${RLO}def`)).toBe(`abc${RLO}def`)
    expect(balanceBidi('')).toBe('')
  })

  it('keeps isolates that close', () => {
    expect(balanceBidi(`a${RLI}b${PDI}c${LRI}d${FSI}e${PDI}${PDI}`)).toBe(
      `a${RLI}b${PDI}c${LRI}d${FSI}e${PDI}${PDI}`,
    )
  })

  it('drops an isolate end that opened nothing: it would end the isolation of its element', () => {
    expect(balanceBidi(`abc${PDI}${RLO}def`)).toBe(`abc${RLO}def`)
    expect(balanceBidi(`${PDI}${PDI}a${RLI}b${PDI}${PDI}`)).toBe(`a${RLI}b${PDI}`)
  })

  it('closes the isolates left open: the element would end one of them instead of its own', () => {
    expect(balanceBidi(`\u05D0${RLI}\u05D0\u05D1`)).toBe(`\u05D0${RLI}\u05D0\u05D1${PDI}`)
    expect(balanceBidi(`${LRI}${FSI}x`)).toBe(`${LRI}${FSI}x${PDI}${PDI}`)
  })

  it('takes time in proportion to the text', () => {
    const text = (size: number) => `${RLI}${PDI}${PDI}x`.repeat(size / 4)
    const small = text(64 * 1024)
    const large = text(1024 * 1024)
    expectLinear(
      () => balanceBidi(small),
      () => balanceBidi(large),
    )
  })
})
