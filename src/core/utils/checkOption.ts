const show = (value: unknown): string =>
  typeof value === 'string'
    ? JSON.stringify(value.slice(0, 40))
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : value === null
        ? 'null'
        : typeof value

/**
 * Throws a `TypeError` that says what `caller` got for its option `name` and what to pass
 * instead, unless the value is left out (`undefined`) or `valid`.
 *
 * @example
 * checkOption('decodeResponse', 'timeoutMs', options.timeoutMs, isPositive, 'a number of milliseconds above 0')
 * // TypeError: decodeResponse got timeoutMs: NaN; pass a number of milliseconds above 0.
 */
export function checkOption(
  caller: string,
  name: string,
  value: unknown,
  valid: (value: unknown) => boolean,
  expected: string,
): void {
  if (value !== undefined && !valid(value)) {
    throw new TypeError(`${caller} got ${name}: ${show(value)}; pass ${expected}.`)
  }
}
