/** Any function; wrappers keep its type. */
export type AnyFunction = (...args: never[]) => unknown

/**
 * Makes a wrapping function that gives one wrapper per function (TanStack compares functions,
 * so a new wrapper at each call would look like a new `queryFn` or `select`) and gives a
 * wrapper back unchanged, so wrapping twice never nests.
 *
 * @example
 * const logging = wrapOnce((fn) => (...args) => (console.log(args), fn(...args)))
 * logging(select) === logging(select) // true
 */
export function wrapOnce(
  wrap: (fn: AnyFunction) => AnyFunction,
): <TFunction extends AnyFunction>(fn: TFunction) => TFunction {
  const wrappers = new WeakMap<AnyFunction, AnyFunction>()
  const wrapped = new WeakSet<AnyFunction>()
  return <TFunction extends AnyFunction>(fn: TFunction): TFunction => {
    if (wrapped.has(fn)) return fn
    let wrapper = wrappers.get(fn)
    if (!wrapper) {
      wrapper = wrap(fn)
      wrappers.set(fn, wrapper)
      wrapped.add(wrapper)
    }
    return wrapper as TFunction
  }
}
