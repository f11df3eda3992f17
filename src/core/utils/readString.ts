import { readText } from './readText.js'

/** Like `readText`, but only strings count: a number or boolean is not a message. */
export function readString(value: unknown): string | undefined {
  return typeof value === 'string' ? readText(value) : undefined
}
