import { formatSeconds } from './formatSeconds.js'

describe('formatSeconds', () => {
  test('seconds under a minute, m:ss under an hour', () => {
    expect(formatSeconds(0)).toBe('0s')
    expect(formatSeconds(59)).toBe('59s')
    expect(formatSeconds(60)).toBe('1:00')
    expect(formatSeconds(90)).toBe('1:30')
    expect(formatSeconds(3599)).toBe('59:59')
  })

  test('h:mm:ss from an hour on, so a daily quota reads 24:00:00 rather than 1440:00', () => {
    expect(formatSeconds(3600)).toBe('1:00:00')
    expect(formatSeconds(3661)).toBe('1:01:01')
    expect(formatSeconds(86_400)).toBe('24:00:00')
  })
})
