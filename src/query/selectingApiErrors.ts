import { decodeError } from '../core/decode/decodeError.js'

type AnySelect = (data: never) => unknown

const wrappers = new WeakMap<AnySelect, AnySelect>()
const wrapped = new WeakSet<AnySelect>()

/**
 * The same `select`, but what it throws is decoded into an `ApiError` first, so
 * `useQuery().error` is the `ApiError` its type promises when a `select` of your own breaks.
 * Returns one wrapper per function (TanStack reruns `select` only when data or the function
 * changes), and a wrapper unchanged.
 */
export function selectingApiErrors<TSelect extends AnySelect>(select: TSelect): TSelect {
  if (wrapped.has(select)) return select
  let wrapper = wrappers.get(select)
  if (!wrapper) {
    wrapper = (data: never) => {
      try {
        return select(data)
      } catch (error) {
        throw decodeError(error)
      }
    }
    wrappers.set(select, wrapper)
    wrapped.add(wrapper)
  }
  return wrapper as TSelect
}
