'use client'

import {
  forwardRef,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import type { ApiError } from '../../core/ApiError.js'
import { fromActionError, isActionError } from '../../core/actions/fromActionError.js'
import type { ActionError } from '../../core/actions/toActionError.js'
import { own } from '../../core/utils/own.js'
import { ApiErrorContext } from '../../react/ApiErrorContext.js'
import { useUserMessage } from '../../react/useUserMessage.js'
import { cx } from '../utils/cx.js'
import { mergeRefs } from '../utils/mergeRefs.js'
import { errorTitles } from './errorTitles.js'
import { messageAfterTitle } from './messageAfterTitle.js'
import { useReturnFocusOnLeave } from '../utils/useReturnFocusOnLeave.js'
import { useAnnounceByDefault } from './useAnnounceByDefault.js'
import { Isolated } from '../utils/Isolated.js'

/** Props of {@link ErrorBanner}. */
export interface ErrorBannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'role'> {
  /**
   * The error to show; the banner renders nothing without one. A Server Component passes
   * `toActionError(error)`, the plain data that may cross to the page.
   */
  error: ApiError | ActionError | null | undefined
  /**
   * The title.
   * @default the title of the error's kind: the provider's `messages.titles`, else `errorTitles`
   */
  title?: ReactNode
  /** Shows a retry button that calls this. */
  onRetry?: (() => void) | undefined
  /**
   * The retry button's text.
   * @default 'Try again'
   */
  retryLabel?: string
  /** Shows a dismiss button that calls this. */
  onDismiss?: (() => void) | undefined
  /**
   * The dismiss button's text.
   * @default 'Dismiss'
   */
  dismissLabel?: string
  /**
   * `role="alert"` (announced at once) instead of a named `role="region"`.
   * @default true for an error that appears after the page loaded, false for one present
   *   as the page loads and when `focusOnMount` is set
   */
  announce?: boolean
  /**
   * Moves focus to the banner when an error appears or changes. Use it when the error is
   * the answer to what the user just did (submitting, saving), as GOV.UK does with its error
   * summary; leave it off for errors that arrive unasked, so focus is not taken away.
   * @default false
   */
  focusOnMount?: boolean
}

/**
 * A page-level error: a title from the error's kind, its user message (as text, never HTML),
 * both in the language of the `ApiErrorProvider`'s `messages`, and optional retry and dismiss
 * buttons. A message that starts with the title's words shows only what it adds ("Please try
 * again later." under "Something went wrong on our side"). Unstyled; state in `data-kind`.
 *
 * Focus follows Primer and GOV.UK: with `focusOnMount` the banner (`tabIndex={-1}`) takes
 * focus and is a named region, so the focus announces it once instead of an alert on top.
 * When it leaves with focus inside (its Dismiss, a Try again that clears the error), focus goes
 * back to where it came from instead of to the top of the page.
 *
 * @example
 * <ErrorBanner error={error} onRetry={() => refetch()} onDismiss={clearError}>
 *   <DeveloperDetails error={error} />
 * </ErrorBanner>
 *
 * @example
 * // In a Server Component: only plain data crosses to the page.
 * <ErrorBanner error={toActionError(error)} />
 */
export const ErrorBanner = forwardRef<HTMLDivElement, ErrorBannerProps>(
  function ErrorBanner(props, forwardedRef) {
    const {
      error: given,
      title,
      onRetry,
      retryLabel = 'Try again',
      onDismiss,
      dismissLabel = 'Dismiss',
      announce,
      focusOnMount = false,
      className,
      children,
      ...rest
    } = props
    const error = useMemo(() => (isActionError(given) ? fromActionError(given) : given), [given])
    const titleId = useId()
    const ref = useRef<HTMLDivElement>(null)
    const refs = useMemo(() => mergeRefs(ref, forwardedRef), [forwardedRef])
    const announceByDefault = useAnnounceByDefault(error)
    // The provider's language: its catalog's title and message, on the server too.
    const messages = useContext(ApiErrorContext)?.messages
    const message = useUserMessage(error)

    useEffect(() => {
      if (error && focusOnMount) ref.current?.focus()
    }, [error, focusOnMount])

    const returnFocus = useReturnFocusOnLeave(Boolean(error), rest)

    if (!error) return null
    const live = announce ?? (announceByDefault && !focusOnMount)
    const shownTitle =
      title ??
      (typeof messages === 'object' ? own(messages.titles, error.kind) : undefined) ??
      errorTitles[error.kind]
    // "Something went wrong on our side" is not followed by the same words again.
    const shownMessage =
      typeof shownTitle === 'string' ? messageAfterTitle(shownTitle, message ?? '') : message
    return (
      <div
        {...rest}
        ref={refs}
        className={cx('aek-banner', className)}
        role={live ? 'alert' : 'region'}
        aria-labelledby={titleId}
        tabIndex={focusOnMount ? -1 : undefined}
        data-kind={error.kind}
        {...returnFocus}
      >
        <div className="aek-banner-title" id={titleId}>
          <Isolated>{shownTitle}</Isolated>
        </div>
        {shownMessage !== undefined && (
          <p className="aek-banner-message">
            <Isolated>{shownMessage}</Isolated>
          </p>
        )}
        {(onRetry || onDismiss) && (
          <div className="aek-banner-actions">
            {onRetry && (
              <button type="button" className="aek-button" onClick={onRetry}>
                {retryLabel}
              </button>
            )}
            {onDismiss && (
              <button type="button" className="aek-button" data-variant="quiet" onClick={onDismiss}>
                {dismissLabel}
              </button>
            )}
          </div>
        )}
        {children}
      </div>
    )
  },
)
