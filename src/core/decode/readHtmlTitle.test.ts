import fc from 'fast-check'
import { readHtmlTitle } from './readHtmlTitle.js'

describe('readHtmlTitle', () => {
  it('finds the title the one-line pattern it replaces found, on short pages', () => {
    // The old pattern is right, only slow: on pages this short it is the reference.
    const reference = /<title[^>]*>([^<]{1,200})<\/title>/i
    const piece = fc.constantFrom(
      '<title',
      '<TITLE',
      '</title>',
      '</TiTlE>',
      '<',
      '>',
      'x',
      ' ',
      'é',
    )
    const page = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(page, (text) => {
        expect(readHtmlTitle(text)).toBe(reference.exec(text)?.[1])
      }),
      { numRuns: 5000 },
    )
  })

  it('keeps a title of 200 characters and refuses one of 201', () => {
    expect(readHtmlTitle(`<title>${'a'.repeat(200)}</title>`)).toBe('a'.repeat(200))
    expect(readHtmlTitle(`<title>${'a'.repeat(201)}</title>`)).toBeUndefined()
  })
})
