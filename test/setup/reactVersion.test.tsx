import { version } from 'react'
import { version as domVersion } from 'react-dom'

// Pins which React each jsdom project really runs: the compatibility project must get React 18.
it('runs on the React the project names', () => {
  const major = process.env.EXPECTED_REACT_MAJOR
  expect(major).toMatch(/^1[89]$/)
  expect(version.split('.')[0]).toBe(major)
  expect(domVersion.split('.')[0]).toBe(major)
})
