import { expectBoundaryReports } from '../../test/support/expectBoundaryReports.js'
import { render, screen } from '@testing-library/react'
import type { ApiError } from '../core/ApiError.js'
import { ErrorBoundary } from './ErrorBoundary.js'

function Broken(): never {
  throw new Error('render failed')
}

describe('ErrorBoundary', () => {
  // Regression: a thrown value that was not an ApiError was decoded twice, so the error the app
  // logged in onError was another object than the one its fallback showed.
  it('gives onError the same ApiError its fallback shows', () => {
    const shown: ApiError[] = []
    const logged: ApiError[] = []
    expectBoundaryReports()
    render(
      <ErrorBoundary
        onError={(error) => logged.push(error)}
        fallback={({ error }) => {
          shown.push(error)
          return <p>{error.userMessage}</p>
        }}
      >
        <Broken />
      </ErrorBoundary>,
    )
    expect(screen.getByText(shown[0]!.userMessage)).toBeInTheDocument()
    expect(logged).toHaveLength(1)
    expect(logged[0]).toBe(shown.at(-1))
    expect(logged[0]!.message).toBe('render failed')
  })
})
