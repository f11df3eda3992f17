import { expectLinear } from '../../../test/support/linearTime.js'
import { decodeText } from './decodeText.js'

const html = (text: string) => decodeText(text, 'text/html')

describe('decodeText on HTML pages', () => {
  it.each([
    ['<html><head><title>502 Bad Gateway</title></head></html>', '502 Bad Gateway'],
    ['<HTML><TITLE lang="en">Service Unavailable</TITLE></HTML>', 'Service Unavailable'],
    ['<title>  padded  </title>', 'padded'],
    // The first <title that closes counts; one without text or with markup inside does not.
    ['<title></title><title>Second</title>', 'Second'],
    ['<title><b>x</b></title><title>Plain</title>', 'Plain'],
    ['<title\n data-x="1">Attributes and all</title>', 'Attributes and all'],
    // A `<` inside the opening tag ends it: the next title counts.
    ['<title data-x="<">Skipped</title><title>Next</title>', 'Next'],
  ])('reads the title of %j', (page, title) => {
    expect(html(page)).toEqual({ format: 'html', message: title })
  })

  it.each([
    ['<html><body>no title</body></html>'],
    ['<title>never closed'],
    ['<title'],
    [`<title>${'x'.repeat(201)}</title>`],
  ])('falls back to a generic message for %j', (page) => {
    expect(html(page)).toEqual({ format: 'html', message: 'The server sent an HTML error page.' })
  })

  it('looks for the title in the first 64 kB only, where a page has its head', () => {
    const late = `<html>${' '.repeat(70_000)}<title>Too late</title></html>`
    expect(html(late)).toEqual({ format: 'html', message: 'The server sent an HTML error page.' })
    const early = `<html>${' '.repeat(60_000)}<title>In time</title></html>`
    expect(html(early)).toEqual({ format: 'html', message: 'In time' })
  })

  // A page of `<title` repeated took 8 s at 120 kB and did not finish at 1 MiB.
  it('takes time in proportion to the page for hostile markup', () => {
    for (const unit of ['<title', '<title>', '<title>x', '<title>x<', ' <title >']) {
      const page = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length))
      const small = page(64 * 1024)
      const large = page(1024 * 1024)
      expectLinear(
        () => html(small),
        () => html(large),
      )
    }
  })
})
