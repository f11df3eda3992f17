import { render, screen } from '@testing-library/react'
import { makeApiError } from '../testUtils/makeApiError.js'
import { DeveloperDetails } from './DeveloperDetails.js'

const error = makeApiError({ devMessage: 'stack trace here', requestId: 'req_9' })

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('DeveloperDetails and NODE_ENV', () => {
  test('renders in development', () => {
    vi.stubEnv('NODE_ENV', 'development')
    render(<DeveloperDetails error={error} defaultOpen />)
    expect(screen.getByText('stack trace here')).toBeInTheDocument()
  })

  test('renders nothing in production, even open by default', () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { container } = render(<DeveloperDetails error={error} defaultOpen />)
    expect(container.innerHTML).toBe('')
    expect(document.body.textContent).not.toContain('stack trace here')
    expect(document.body.textContent).not.toContain('req_9')
  })
})
