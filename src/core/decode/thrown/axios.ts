import { isRecord } from '../../utils/isRecord.js'
import { readString } from '../../utils/readString.js'
import { trimTrailing } from '../../utils/trimTrailing.js'
import { own } from '../../utils/own.js'
import { decodeThrown, isErrorLike } from '../decodeThrown.js'
import { transportFailure, type TransportKind } from '../transportFailure.js'
import type { HeadersLike } from '../types.js'
import { readBinaryBody } from './readBinaryBody.js'
import type { ThrownRead } from './types.js'

/** axios' codes (and Node's, which it passes on) for a request that got no response. */
const FAILURES: Record<string, TransportKind> = {
  ERR_CANCELED: 'aborted',
  ETIMEDOUT: 'timeout',
  ERR_NETWORK: 'network',
  ECONNREFUSED: 'network',
  ECONNRESET: 'network',
  ENOTFOUND: 'network',
  EAI_AGAIN: 'network',
  EPIPE: 'network',
  EHOSTUNREACH: 'network',
  ENETUNREACH: 'network',
}

interface AxiosLike {
  code?: unknown
  message: string
  config?: { method?: unknown; url?: unknown; baseURL?: unknown }
  response?: { status?: unknown; headers?: unknown; data?: unknown }
}

/** The request's URL: `url` resolved against `baseURL` where both are there. */
function requestUrl(config: AxiosLike['config']): string | undefined {
  const url = readString(config?.url)
  const base = readString(config?.baseURL)
  if (!base || !url || /^[a-z][a-z\d+.-]*:/i.test(url)) return url ?? base
  // As axios joins them: one slash between, whatever each side has.
  return `${trimTrailing(base, '/')}/${url.startsWith('/') ? url.slice(1) : url}`
}

/**
 * An `AxiosError` (or its `CanceledError`): the response's status, headers and parsed `data`, or,
 * with no response, the failure its `code` names. `ECONNABORTED` is axios' code for both a timeout
 * (`timeout of 1000ms exceeded`) and a request the browser aborted: its message tells them apart.
 */
export function readAxiosError(value: object): ThrownRead | undefined {
  if (!isErrorLike(value) || (value as { isAxiosError?: unknown }).isAxiosError !== true)
    return undefined
  const { code, config, response, message } = value as AxiosLike
  const request = { method: readString(config?.method), url: requestUrl(config), message }
  if (isRecord(response) && typeof response.status === 'number') {
    return {
      ...request,
      status: response.status,
      headers: isRecord(response.headers) ? (response.headers as HeadersLike) : undefined,
      ...readBinaryBody(response.data),
    }
  }
  const kind =
    code === 'ECONNABORTED'
      ? /timeout/i.test(message.slice(0, 200))
        ? 'timeout'
        : 'aborted'
      : own(FAILURES, readString(code))
  return { ...request, decoded: kind ? transportFailure(kind, message) : decodeThrown(value) }
}
