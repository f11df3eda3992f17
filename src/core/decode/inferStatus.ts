import type { ErrorKind } from '../errorKinds.js'
import { bkendCodes } from '../codes/bkendCodeTable.js'
import { kindFromStatus } from './kindFromStatus.js'

/** The statuses that stand for a kind: the first one `kindFromStatus` maps to the kind wins. */
const KIND_STATUSES = [400, 401, 403, 404, 409, 429, 500]

/**
 * The HTTP status of an error that arrived without one: bkend's documented status for the code,
 * then bkend's name rule (`unauthorized|invalid-token|token-expired` -> 401, `forbidden|
 * permission-denied|access-denied` -> 403, `not-found` -> 404, `too-many|rate-limit` -> 429,
 * other `domain/name` codes -> 400) for a code whose kind is not known, then the kind. 0 when
 * nothing tells.
 */
export function inferStatus(code: string | undefined, kind: ErrorKind | undefined): number {
  if (code !== undefined) {
    if (Object.hasOwn(bkendCodes, code)) return bkendCodes[code as keyof typeof bkendCodes]
    // A format that states the kind has said what the code means: the rule's guess from the
    // name (`graphql/persisted-query-not-found` is no 404) would only contradict it.
    if (kind === undefined && /^[a-z]+\/[a-z0-9-]+$/.test(code)) {
      if (/unauthorized|invalid-token|token-expired/.test(code)) return 401
      if (/forbidden|permission-denied|access-denied/.test(code)) return 403
      if (/not-found/.test(code)) return 404
      if (/too-many|rate-limit/.test(code)) return 429
      return 400
    }
  }
  return KIND_STATUSES.find((status) => kindFromStatus(status) === kind) ?? 0
}
