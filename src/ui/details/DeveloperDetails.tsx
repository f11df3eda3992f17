import { forwardRef, type HTMLAttributes } from 'react'
import { Collapsible } from 'radix-ui'
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
 * returns nothing, whatever its props, so developer messages never reach users.
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
    if (!isDevelopment()) return null
    const rows: Array<[string, string | number | undefined]> = [
      ['Code', error.code],
      ['Status', error.status],
      ['Format', error.format],
      ['Request id', error.requestId],
      ['Request', [error.requestMethod, error.url].filter(Boolean).join(' ') || undefined],
      ['Developer message', error.devMessage],
    ]
    return (
      <Collapsible.Root
        {...rest}
        ref={ref}
        defaultOpen={defaultOpen}
        className={cx('aek-dev-details', className)}
      >
        <Collapsible.Trigger className="aek-dev-details-trigger">{summary}</Collapsible.Trigger>
        <Collapsible.Content className="aek-dev-details-content">
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
        </Collapsible.Content>
      </Collapsible.Root>
    )
  },
)
