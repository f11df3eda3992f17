import { useId, useState } from 'react'
import { decodeError, type HeadersLike } from '../../src/core/index.js'
import { routeError, type RouteContext } from '../../src/react/index.js'
import { errorBodies } from '../../src/testing/index.js'
import { ApiErrorInspector } from '../formats/ApiErrorInspector.js'

type BodyName = keyof typeof errorBodies

/** The status each example body comes with. */
const exampleStatus: Record<BodyName, number> = {
  bkend: 401,
  bkendNest: 400,
  backstack: 400,
  backstackPayload: 400,
  problemDetails: 403,
  problemDetailsValidation: 422,
  jsonApi: 422,
  graphql: 200,
  django: 400,
  djangoDetail: 401,
  laravel: 422,
  fastApi: 422,
  fastApiDetail: 404,
  stripe: 402,
  openAi: 401,
  postgrest: 409,
  firebase: 400,
  generic: 500,
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2)

function readHeaders(text: string): HeadersLike | string {
  if (text.trim() === '') return {}
  try {
    const parsed: unknown = JSON.parse(text)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as HeadersLike
    }
  } catch {
    // Reported below, like any value that is not an object.
  }
  return 'Headers must be a JSON object, e.g. {"retry-after": "5"}; they are ignored until then.'
}

/** Props of {@link DecoderPlayground}. */
export interface DecoderPlaygroundProps {
  /** The example shown first. @default 'bkend' */
  initialExample?: BodyName
}

/**
 * Paste an error body (or pick an example), set the status and headers, and see the ApiError
 * `decodeError` makes of it and the channel `routeError` sends it to. Everything is text.
 */
export function DecoderPlayground({ initialExample = 'bkend' }: DecoderPlaygroundProps) {
  const id = useId()
  const [body, setBody] = useState(() => pretty(errorBodies[initialExample]))
  const [status, setStatus] = useState(String(exampleStatus[initialExample]))
  const [headersText, setHeadersText] = useState('{}')
  const [source, setSource] = useState<NonNullable<RouteContext['source']>>('other')
  const [hasData, setHasData] = useState(false)
  const [hasForm, setHasForm] = useState(false)

  const headers = readHeaders(headersText)
  const statusNumber = status.trim() === '' ? undefined : Number(status)
  // The body goes in as text, as it came off the wire: decodeError parses JSON itself.
  const error = decodeError(body, {
    status: Number.isInteger(statusNumber) ? statusNumber : undefined,
    headers: typeof headers === 'string' ? undefined : headers,
  })
  const channel = routeError(error, { source, hasData, hasForm })

  function pick(name: BodyName) {
    setBody(pretty(errorBodies[name]))
    setStatus(String(exampleStatus[name]))
  }

  return (
    <div className="playground">
      <div className="playground-inputs">
        <fieldset>
          <legend>Response</legend>
          <label>
            Example
            <select
              defaultValue={initialExample}
              onChange={(event) => pick(event.target.value as BodyName)}
            >
              {Object.keys(errorBodies).map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            Body
            <textarea
              rows={18}
              value={body}
              spellCheck={false}
              onChange={(event) => setBody(event.target.value)}
            />
          </label>
          <div className="playground-status">
            <label>
              Status
              <input
                inputMode="numeric"
                value={status}
                onChange={(event) => setStatus(event.target.value)}
              />
            </label>
            <label>
              Headers (JSON)
              <textarea
                rows={2}
                value={headersText}
                spellCheck={false}
                aria-describedby={typeof headers === 'string' ? `${id}-headers` : undefined}
                onChange={(event) => setHeadersText(event.target.value)}
              />
            </label>
          </div>
          {typeof headers === 'string' && <p id={`${id}-headers`}>{headers}</p>}
        </fieldset>
        <fieldset>
          <legend>Where it came from</legend>
          <label>
            Source
            <select
              value={source}
              onChange={(event) => setSource(event.target.value as typeof source)}
            >
              <option value="other">other</option>
              <option value="query">query</option>
              <option value="mutation">mutation</option>
            </select>
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={hasData}
              onChange={(event) => setHasData(event.target.checked)}
            />
            The query has data on screen
          </label>
          <label className="toggle">
            <input
              type="checkbox"
              checked={hasForm}
              onChange={(event) => setHasForm(event.target.checked)}
            />
            A form is attached
          </label>
          <p className="playground-channel">
            Channel: <strong data-testid="channel">{channel}</strong>
          </p>
        </fieldset>
      </div>
      <ApiErrorInspector error={error} title="Decoded ApiError" />
    </div>
  )
}
