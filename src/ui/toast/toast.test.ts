import { ApiError } from '../../core/ApiError.js'
import { createToast } from './toast.js'
import { createToastStore } from './toastStore.js'

const messageOf = (thrown: () => unknown) => {
  const store = createToastStore()
  const toast = createToast(store)
  try {
    throw thrown()
  } catch (error) {
    // Regression: `error` is `unknown` here, and toast.error took only an ApiError or a string,
    // so this line did not type-check although the README said it takes anything.
    toast.error(error)
  }
  return store.getSnapshot()[0]?.message
}

describe('toast.error', () => {
  it('takes what a catch block holds and decodes it', () => {
    expect(messageOf(() => new TypeError('Failed to fetch'))).toBe(
      "We couldn't reach the server. Check your connection and try again.",
    )
    expect(messageOf(() => new DOMException('The request took 30000 ms.', 'TimeoutError'))).toMatch(
      /took too long/,
    )
    expect(
      messageOf(
        () =>
          new ApiError({
            status: 403,
            code: 'data/permission-denied',
            kind: 'permission',
            type: 'codebase',
            message: 'RLS policy posts_owner refused',
            userMessage: "You don't have permission to do that.",
            format: 'bkend',
          }),
      ),
    ).toBe("You don't have permission to do that.")
    expect(messageOf(() => 'Saved nothing.')).toBe('Saved nothing.')
  })

  it('never shows the text of a thrown value', () => {
    expect(messageOf(() => new Error('SQLSTATE 42P01 at /srv/app.js:12'))).toBe(
      'Something went wrong. Please try again.',
    )
    expect(messageOf(() => ({ message: 'at PostsController.list' }))).toBe(
      'Something went wrong. Please try again.',
    )
  })
})
