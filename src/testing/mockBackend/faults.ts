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

/**
 * Reads `X-Mock-Fault: <name>[;delay=ms][;status=n][;retry-after=s][;cooldown=ms]`;
 * `undefined` when the header names no known fault.
 */
export function parseFaultHeader(value: string | null): MockFault | undefined {
  if (!value) return undefined
  const [name = '', ...params] = value.split(';').map((part) => part.trim())
  if (!faultTypes.includes(name as MockFaultType)) return undefined
  const fault: MockFault = { type: name as MockFaultType }
  for (const param of params) {
    const [key = '', raw = ''] = param.split('=').map((part) => part.trim())
    const number = Number(raw)
    if (key === 'delay' && Number.isFinite(number)) fault.delayMs = number
    if (key === 'status' && Number.isInteger(number)) fault.status = number
    if (key === 'cooldown' && Number.isFinite(number)) fault.cooldownMs = number
    if (key === 'retry-after') fault.headers = { ...fault.headers, 'retry-after': raw }
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
