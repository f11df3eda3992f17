import { decodeError } from '../core/decode/decodeError.js'

type AnyFunction = (...args: never[]) => unknown

const wrappers = new WeakMap<AnyFunction, AnyFunction>()
const wrapped = new WeakSet<AnyFunction>()

/**
 * The same function, but whatever it throws or rejects with is decoded into an `ApiError` first,
 * so `useQuery().error` is the `ApiError` its type promises even for a `queryFn` of your own.
 * Returns one wrapper per function, and a wrapper unchanged.
 */
export function throwingApiErrors<TFunction extends AnyFunction>(fn: TFunction): TFunction {
  if (wrapped.has(fn)) return fn
  let wrapper = wrappers.get(fn)
  if (!wrapper) {
    wrapper = async (...args: never[]) => {
      try {
        return await fn(...args)
      } catch (error) {
        throw decodeError(error)
      }
    }
    wrappers.set(fn, wrapper)
    wrapped.add(wrapper)
  }
  return wrapper as TFunction
}
