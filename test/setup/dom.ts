import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy* and waitFor wait up to 10 s instead of 1 s: on a busy machine a render can take longer
// than a second, and a wait that ends early fails a test that is right.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
})
