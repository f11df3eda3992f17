import { readApolloError } from './apollo.js'
import { readAxiosError } from './axios.js'
import { readFetchResult } from './fetchResult.js'
import { readGraphqlRequestError } from './graphqlRequest.js'
import { readKyError } from './ky.js'
import { readOfetchError } from './ofetch.js'
import { readResponse } from './response.js'
import type { ThrownRead, ThrownReader } from './types.js'

/**
 * The readers of other HTTP clients' errors, tried in order before the body decoders. Each checks
 * what only its client's errors have (axios' `isAxiosError`, ky's and ofetch's error names, a real
 * `Response` beside an openapi-fetch `error`), so none takes another's error, or a body.
 */
const readers: readonly ThrownReader[] = [
  readAxiosError,
  readKyError,
  readOfetchError,
  readApolloError,
  readGraphqlRequestError,
  readFetchResult,
  readResponse,
]

/** What one of the known HTTP clients put in `value`, or `undefined` when it is none of theirs. */
export function readThrown(value: unknown): ThrownRead | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  for (const read of readers) {
    const found = read(value)
    if (found) return found
  }
  return undefined
}
