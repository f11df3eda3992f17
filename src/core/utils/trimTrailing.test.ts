import { trimTrailing } from './trimTrailing.js'

describe('trimTrailing', () => {
  it.each([
    ['https://api.example.com///', '/', 'https://api.example.com'],
    ['https://api.example.com', '/', 'https://api.example.com'],
    ['///', '/', ''],
    ['', '/', ''],
    ['YQ==', '=', 'YQ'],
    ['a/b/', '/', 'a/b'],
  ])('%j without trailing %j is %j', (text, char, expected) => {
    expect(trimTrailing(text, char)).toBe(expected)
  })

  it('takes time in proportion to the text, also for a run of slashes that does not end it', () => {
    // The regular expression it replaces took seconds on this input; the loop takes microseconds.
    const text = `${'/'.repeat(200_000)}x`
    expect(trimTrailing(text, '/')).toBe(text)
  })
})
