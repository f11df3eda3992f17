/**
 * True for a fetch `Response`, of this realm or another (node-fetch, undici, a test double): a
 * numeric `status`, an `ok` flag and headers that can be read with `get`. A parsed JSON body can
 * never look like one, since it holds no functions.
 */
export function isResponseLike(value: unknown): value is Response {
  if (typeof value !== 'object' || value === null) return false
  const { status, ok, headers } = value as Partial<Response>
  return (
    typeof status === 'number' &&
    typeof ok === 'boolean' &&
    typeof (headers as Headers | undefined)?.get === 'function'
  )
}
