import { decodeError } from '../decode/decodeError.js'
import type { DecodeContext } from '../decode/types.js'
import { isRecord } from '../utils/isRecord.js'
import { clientError } from './clientError.js'

/** How a successful response body is read. */
export type ResponseType = 'json' | 'text' | 'blob' | 'response'

/**
 * Reads a successful response: `undefined` for 204/205 and empty bodies, JSON when the body is
 * JSON, text otherwise. With `unwrap`, a bkend-style `{ success: true, data }` envelope gives its
 * `data`, and a `{ success: false }` body is thrown as the error it is.
 */
export async function parseSuccess(
  response: Response,
  responseType: ResponseType,
  unwrap: boolean,
  context: DecodeContext,
): Promise<unknown> {
  if (responseType === 'response') return response
  if (responseType === 'blob') return response.blob()
  if (response.status === 204 || response.status === 205 || context.method === 'HEAD')
    return undefined
  const text = await response.text()
  if (responseType === 'text') return text
  if (text === '') return undefined
  // Headers#get is slow in some fetch implementations: the body is looked at first.
  if (!/^\s*[[{]/.test(text) && !/json/i.test(response.headers.get('content-type') ?? ''))
    return text
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (cause) {
    const message = `The ${response.status} response says it is JSON but its body is not valid JSON; check the server's response.`
    throw clientError('response/invalid-json', 'unknown', message, {
      ...context,
      status: response.status,
      cause,
    })
  }
  if (unwrap && isRecord(body)) {
    if (body.success === false) throw decodeError(body, { ...context, status: 0 })
    if (body.success === true && 'data' in body) return body.data
  }
  return body
}
