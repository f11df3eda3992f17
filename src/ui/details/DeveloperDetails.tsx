'use client'

import { forwardRef, useId, useState, type HTMLAttributes } from 'react'
import type { ApiError } from '../../core/ApiError.js'
import { cx } from '../utils/cx.js'
import { isDevelopment } from '../utils/isDevelopment.js'
import { Isolated } from '../utils/Isolated.js'

/** Props of {@link DeveloperDetails}. */
export interface DeveloperDetailsProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** The error to describe. */
  error: ApiError
  /**
   * The disclosure button's text.
   * @default 'Developer details'
   */
  summary?: string
  /**
   * Open at first.
   * @default false
   */
  defaultOpen?: boolean
}

/**
 * What a developer needs to trace an error (code, status, format, request id, URL and the
 * `devMessage`) in a disclosure. It renders in development builds only: in production it
 * returns nothing, whatever its props, so developer messages never reach users. The disclosure
 * is a button with `aria-expanded` and `aria-controls` (the WAI-ARIA disclosure pattern), its
 * state shown as `data-state="open" | "closed"` on the root, the button and the content.
 *
 * @example
 * <ErrorBanner error={error}>
 *   <DeveloperDetails error={error} />
 * </ErrorBanner>
 */
export const DeveloperDetails = forwardRef<HTMLDivElement, DeveloperDetailsProps>(
  function DeveloperDetails(
    { error, summary = 'Developer details', defaultOpen = false, className, ...rest },
    ref,
  ) {
    const contentId = useId()
    const [open, setOpen] = useState(defaultOpen)
    if (!isDevelopment()) return null
    const state = open ? 'open' : 'closed'
    const rows: Array<[string, string | number | undefined]> = [
      ['Code', error.code],
      ['Status', error.status],
      ['Format', error.format],
      ['Request id', error.requestId],
      ['Request', [error.requestMethod, error.url].filter(Boolean).join(' ') || undefined],
      ['Developer message', error.devMessage],
    ]
    return (
      <div {...rest} ref={ref} data-state={state} className={cx('aek-dev-details', className)}>
        <button
          type="button"
          className="aek-dev-details-trigger"
          aria-expanded={open}
          aria-controls={open ? contentId : undefined}
          data-state={state}
          onClick={() => setOpen((was) => !was)}
        >
          {summary}
        </button>
        {open && (
          <div id={contentId} data-state={state} className="aek-dev-details-content">
            <dl>
              {rows.map(([label, value]) =>
                value === undefined ? null : (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>
                      <Isolated>{value}</Isolated>
                    </dd>
                  </div>
                ),
              )}
            </dl>
          </div>
        )}
      </div>
    )
  },
)
