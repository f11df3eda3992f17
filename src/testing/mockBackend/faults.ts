import type { MockFault, MockFaultType } from './types.js'

/** Every fault the mock backend can simulate. */
export const faultTypes: readonly MockFaultType[] = [
  'slow',
  'drop',
  'html502',
  'empty503',
  'invalid-json',
  'huge',
  'status',
]

const headerParams = ['delay', 'status', 'retry-after', 'cooldown']

/**
 * Reads `X-Mock-Fault: <name>[;delay=ms][;status=n][;retry-after=s][;cooldown=ms]`:
 * `undefined` without the header, `{ problem }` when it names no fault or a bad parameter,
 * so a typo fails the request loudly instead of letting it through unharmed.
 */
export function parseFaultHeader(
  value: string | null,
): MockFault | { problem: string } | undefined {
  if (!value) return undefined
  const [name = '', ...params] = value.split(';').map((part) => part.trim())
  if (!faultTypes.includes(name as MockFaultType)) {
    return { problem: `Unknown X-Mock-Fault "${name}": use one of ${faultTypes.join(', ')}.` }
  }
  const fault: MockFault = { type: name as MockFaultType }
  for (const param of params) {
    const [key = '', raw = ''] = param.split('=').map((part) => part.trim())
    const number = raw === '' ? Number.NaN : Number(raw)
    if (!headerParams.includes(key)) {
      return { problem: `Unknown X-Mock-Fault parameter "${key}": use ${headerParams.join(', ')}.` }
    }
    if (key === 'retry-after') fault.headers = { ...fault.headers, 'retry-after': raw }
    else if (!Number.isFinite(number) || number < 0) {
      return { problem: `X-Mock-Fault ${key} must be a number from 0, not "${raw}".` }
    }
    if (key === 'delay') fault.delayMs = number
    if (key === 'status' && !(Number.isInteger(number) && number >= 200 && number <= 599)) {
      return {
        problem: `X-Mock-Fault status must be a whole number from 200 to 599, not "${raw}".`,
      }
    }
    if (key === 'status') fault.status = number
    if (key === 'cooldown') fault.cooldownMs = number
  }
  return fault
}

/** The faults armed with `control.fault()`, each used up after `times` matching requests. */
export type FaultQueue = ReturnType<typeof createFaultQueue>

/** Creates an empty fault queue. */
export function createFaultQueue() {
  let armed: { fault: MockFault; left: number }[] = []

  return {
    /** Arms a fault; returns a function that disarms it. */
    arm(fault: MockFault): () => void {
      const entry = { fault, left: fault.times ?? 1 }
      armed.push(entry)
      return () => {
        armed = armed.filter((item) => item !== entry)
      }
    },
    /** The first armed fault that matches the request, counted as used. */
    take(method: string, path: string): MockFault | undefined {
      const entry = armed.find(({ fault: { match } }) => {
        if (match?.method && match.method.toUpperCase() !== method) return false
        return !match?.path || path.startsWith(match.path)
      })
      if (!entry) return undefined
      entry.left -= 1
      if (entry.left <= 0) armed = armed.filter((item) => item !== entry)
      return entry.fault
    },
    clear() {
      armed = []
    },
  }
}
