import { expect, waitFor } from 'storybook/test'

/**
 * Waits until `element` takes pointer events and returns it. Radix's toast viewport ignores
 * the pointer until it has counted a new notice, which takes longer on a busy machine.
 */
export async function whenClickable<T extends Element>(element: T): Promise<T> {
  await waitFor(() => expect(getComputedStyle(element).pointerEvents).not.toBe('none'))
  return element
}
