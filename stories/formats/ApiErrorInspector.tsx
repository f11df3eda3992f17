import type { ApiError } from '../../src/core/index.js'

/** Props of {@link ApiErrorInspector}. */
export interface ApiErrorInspectorProps {
  error: ApiError
  /** The heading above the table. @default 'ApiError' */
  title?: string
}

const json = (value: unknown) => JSON.stringify(value, null, 2)

/** Every field of an ApiError as text: what a decoder made of a body. */
export function ApiErrorInspector({ error, title = 'ApiError' }: ApiErrorInspectorProps) {
  const rows: [label: string, id: string, value: string][] = [
    ['status', 'status', String(error.status)],
    ['code', 'code', error.code],
    ['kind', 'kind', error.kind],
    ['type', 'type', error.type],
    ['format', 'format', error.format],
    ['userMessage', 'user-message', error.userMessage],
    ['message', 'message', error.message],
    ['devMessage', 'dev-message', error.devMessage ?? '—'],
    [
      'retryAfterMs',
      'retry-after',
      error.retryAfterMs === undefined ? '—' : String(error.retryAfterMs),
    ],
    ['requestId', 'request-id', error.requestId ?? '—'],
  ]
  return (
    <section className="inspector" aria-label={title}>
      <h2>{title}</h2>
      <dl>
        {rows.map(([label, id, value]) => (
          <div key={id} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd data-testid={id}>{value}</dd>
          </div>
        ))}
        <dt>fields</dt>
        <dd>
          <pre data-testid="fields">{json(error.fields)}</pre>
        </dd>
        <dt>formErrors</dt>
        <dd>
          <pre data-testid="form-errors">{json(error.formErrors)}</pre>
        </dd>
      </dl>
    </section>
  )
}
