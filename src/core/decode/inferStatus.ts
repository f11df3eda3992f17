import type { ErrorKind } from '../errorKinds.js'
import { bkendStatusExceptions } from '../codes/bkendCodeTable.js'
import { statusFromCodeName } from '../codes/statusFromCodeName.js'
import { own } from '../utils/own.js'
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
    // The table of documented statuses holds only the codes the rule gets wrong.
    const documented = own<number>(bkendStatusExceptions, code)
    if (documented !== undefined) return documented
    // A format that states the kind has said what the code means: the rule's guess from the
    // name (`graphql/persisted-query-not-found` is no 404) would only contradict it.
    if (kind === undefined && /^[a-z]+\/[a-z0-9-]+$/.test(code)) return statusFromCodeName(code)
  }
  return KIND_STATUSES.find((status) => kindFromStatus(status) === kind) ?? 0
}
