'use client'

import { Component, type ErrorInfo, type ReactNode } from 'react'
import type { ApiError } from '../core/ApiError.js'
import { decodeError } from '../core/decode/decodeError.js'
import { useUserMessage } from './useUserMessage.js'

/** What a boundary's fallback receives. */
export interface FallbackProps {
  /** The thrown value, decoded. */
  error: ApiError
  /** Clears the error and renders the children again (after `onReset`). */
  reset: () => void
}

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** Renders the error; defaults to an alert with the user message and a "Try again" button. */
  fallback?: (props: FallbackProps) => ReactNode
  /** Runs before the children render again (reset failed queries here). */
  onReset?: () => void
  /** Called with every caught error, decoded (log it here). */
  onError?: (error: ApiError, info: ErrorInfo) => void
  /** What the boundary guards. */
  children?: ReactNode
}

/**
 * The fallback used when none is given: the user message (in the provider's language), and a
 * button to try again.
 *
 * @example
 * <ErrorBoundary fallback={(props) => <DefaultFallback {...props} />}>...</ErrorBoundary>
 */
export function DefaultFallback({ error, reset }: FallbackProps) {
  return (
    <div role="alert" data-kind={error.kind} className="aek-boundary">
      <p>{useUserMessage(error)}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </div>
  )
}

/** One decoded error per thrown object, so the fallback and `onError` get the same `ApiError`. */
const decodedErrors = new WeakMap<object, ApiError>()
const decodeOnce = (thrown: unknown): ApiError => {
  if (typeof thrown !== 'object' || thrown === null) return decodeError(thrown)
  let error = decodedErrors.get(thrown)
  if (!error) decodedErrors.set(thrown, (error = decodeError(thrown)))
  return error
}

/**
 * Catches render errors below it and shows them as a decoded {@link ApiError}, with a reset.
 *
 * @example
 * <ErrorBoundary onReset={refetch}><Posts /></ErrorBoundary>
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: ApiError | undefined }> {
  override state: { error: ApiError | undefined } = { error: undefined }

  static getDerivedStateFromError(thrown: unknown) {
    return { error: decodeOnce(thrown) }
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo) {
    this.props.onError?.(decodeOnce(thrown), info)
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ error: undefined })
  }

  // Typed, not inferred: an inferred type would name React 19's ReactNode in the published
  // declarations, which @types/react 18 rejects.
  override render(): ReactNode {
    const { error } = this.state
    if (!error) return this.props.children
    const { fallback } = this.props
    // DefaultFallback is a component (it reads the provider's language), not a render function.
    return fallback ? (
      fallback({ error, reset: this.reset })
    ) : (
      <DefaultFallback error={error} reset={this.reset} />
    )
  }
}
