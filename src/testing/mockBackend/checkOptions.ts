import { faultTypes } from './faults.js'
import { isEmail } from './isEmail.js'
import type { MockFault, MockMode, MockRateLimit, ResolvedMockBackendOptions } from './types.js'

const modes: readonly MockMode[] = [
  'bkend',
  'bkend-nest',
  'backstack',
  'backstack-payload',
  'problem',
]

function refuse(message: string): never {
  throw new TypeError(message)
}

/** Throws when `mode` is not one the mock backend knows. */
export function checkMode(mode: MockMode): void {
  if (!modes.includes(mode))
    refuse(`Unknown mock mode "${String(mode)}": use one of ${modes.join(', ')}.`)
}

/** Throws when a rate limit of `group` would never let a request through or never end. */
export function checkRateLimit(group: string, { limit, windowMs }: MockRateLimit): void {
  if (!Number.isInteger(limit) || limit < 0) {
    refuse(`The limit of "${group}" must be a whole number of requests from 0, not ${limit}.`)
  }
  if (!Number.isFinite(windowMs) || windowMs <= 0) {
    refuse(`The windowMs of "${group}" must be a number of milliseconds above 0, not ${windowMs}.`)
  }
}

/** Throws when `fault` names no known fault or would hit no request. */
export function checkFault(fault: MockFault): void {
  if (!faultTypes.includes(fault.type)) {
    refuse(`Unknown fault type "${String(fault.type)}": use one of ${faultTypes.join(', ')}.`)
  }
  if (
    fault.status !== undefined &&
    !(Number.isInteger(fault.status) && fault.status >= 200 && fault.status <= 599)
  ) {
    refuse(`A fault's status must be a whole number from 200 to 599, not ${fault.status}.`)
  }
  for (const [name, value] of Object.entries(fault.headers ?? {})) {
    try {
      new Headers([[name, value]])
    } catch {
      refuse(`A fault's headers must be valid HTTP headers; "${name}: ${value}" is not.`)
    }
  }
  if (fault.late !== undefined && typeof fault.late !== 'boolean') {
    refuse(`A fault's late must be true or false, not ${String(fault.late)}.`)
  }
  const times = fault.times ?? 1
  if (times !== Infinity && (!Number.isInteger(times) || times < 1)) {
    refuse(`A fault's times must be a whole number from 1 or Infinity, not ${times}.`)
  }
}

/** Throws when `count` is not a whole number of refresh failures. */
export function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    refuse(`The count of refresh failures must be a whole number from 0, not ${count}.`)
  }
}

function checkDuration(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    refuse(`${name} must be a number of milliseconds from 0, not ${value}.`)
  }
}

/** Throws on options with which the mock backend could not work as the test expects. */
export function checkOptions(options: ResolvedMockBackendOptions): void {
  checkMode(options.mode)
  checkDuration('accessTokenTtlMs', options.accessTokenTtlMs)
  checkDuration('refreshTokenTtlMs', options.refreshTokenTtlMs)
  if (typeof options.now !== 'function')
    refuse('now must be a function returning epoch milliseconds.')
  for (const key of options.apiKeys) {
    if (typeof key !== 'string' || !/^(?:pk|sk)_/.test(key)) {
      refuse(`The API key "${String(key)}" can never be accepted: keys start with pk_ or sk_.`)
    }
  }
  for (const user of options.users) {
    if (typeof user.email !== 'string' || !isEmail(user.email.trim())) {
      refuse(
        `The user email "${String(user.email)}" could never sign in: give an address like a@example.com.`,
      )
    }
    if (typeof user.password !== 'string' || user.password === '') {
      refuse(`The user "${user.email}" needs a non-empty password to sign in with.`)
    }
  }
  for (const [group, limit] of Object.entries(options.rateLimits)) checkRateLimit(group, limit)
}
