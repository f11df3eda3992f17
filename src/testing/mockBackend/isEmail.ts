/**
 * True for `name@host.tld`: no space and one `@`, with a dot inside the host. Read in two linear
 * steps: one pattern for both parts made `a@` followed by many dots backtrack polynomially.
 */
export function isEmail(value: string): boolean {
  if (!/^[^\s@]+@[^\s@]+$/.test(value)) return false
  return value.slice(value.indexOf('@') + 2, -1).includes('.')
}
