/** A request body ready to send, and whether it can be sent again (retry, replay). */
export interface PreparedBody {
  body: BodyInit | undefined
  /** JSON's type; `null` where fetch writes the body's own type (forms, typed Blobs). */
  contentType: string | null | undefined
  replayable: boolean
}

/**
 * Turns the `body` option into what `fetch` sends. Plain objects and arrays become JSON; strings,
 * `FormData`, `Blob`, `URLSearchParams` and binary data are sent as they are and can be replayed
 * byte for byte; a `ReadableStream` can be sent once only.
 */
export function prepareBody(body: unknown): PreparedBody {
  if (body === undefined || body === null)
    return { body: undefined, contentType: undefined, replayable: true }
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) {
    return { body, contentType: undefined, replayable: false }
  }
  if (
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    (typeof Blob !== 'undefined' && body instanceof Blob && body.type) ||
    body instanceof URLSearchParams
  ) {
    return { body: body as BodyInit, contentType: null, replayable: true }
  }
  if (
    typeof body === 'string' ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  ) {
    return { body: body as BodyInit, contentType: undefined, replayable: true }
  }
  return { body: JSON.stringify(body), contentType: 'application/json', replayable: true }
}
