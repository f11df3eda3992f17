import { bkendDecoder } from './formats/bkend.js'
import { genericDecoder } from './formats/generic.js'
import type { ErrorDecoder } from './types.js'

/**
 * The formats a bkend backend answers with: its `{ success: false, error: { code, message } }`
 * envelope and the Nest-style `{ statusCode, error, message }` of some endpoints (both read by
 * `bkendDecoder`), and the generic reader for what a gateway or proxy in front of it sends.
 * Empty, HTML and text bodies need no format. For `createDecoder`; `bkendAuth` uses it.
 *
 * @example
 * const decode = createDecoder(bkendFormats)
 */
export const bkendFormats: readonly ErrorDecoder[] = [bkendDecoder, genericDecoder]
