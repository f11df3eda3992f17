import { setMessages } from '../../core/messages/messageCatalog.js'
import { makeApiError } from '../testUtils/makeApiError.js'
import { createToastStore } from './toastStore.js'

describe('createToastStore', () => {
  test('shows the userMessage of an ApiError, never its message or devMessage', () => {
    const store = createToastStore()
    store.add('error', makeApiError({ userMessage: 'Please try again.' }))
    const [item] = store.getSnapshot()
    expect(item?.message).toBe('Please try again.')
    expect(item?.error?.code).toBe('http/500')
  })

  test('anything but an ApiError or a string shows the generic message, never its own text', () => {
    const store = createToastStore()
    // What a catch block in plain JavaScript (or `catch (e: any)`) passes on.
    const thrown: unknown[] = [
      new Error('SQLSTATE 42P01: relation "users" does not exist'),
      { message: 'at PostsController.list (/srv/app.js:12)' },
      undefined,
    ]
    for (const value of thrown) store.add('error', value as string)
    const messages = store.getSnapshot().map((item) => item.message)
    expect(messages).toEqual(['Something went wrong. Please try again.'])
    expect(store.getSnapshot()[0]?.count).toBe(3)
  })

  test("shows the app's own message for an unknown error, set with setMessages", () => {
    const restore = setMessages({ kinds: { unknown: 'Quelque chose a échoué.' } })
    try {
      const store = createToastStore()
      store.add('error', new Error('SQLSTATE 42P01') as unknown as string)
      expect(store.getSnapshot()[0]?.message).toBe('Quelque chose a échoué.')
    } finally {
      restore()
    }
  })

  test('merges a repeated error (same code, status and userMessage) into one notice with a count', () => {
    const store = createToastStore()
    const first = store.add('error', makeApiError())
    const second = store.add('error', makeApiError())
    const third = store.add('error', makeApiError())
    expect(second).toBe(first)
    expect(third).toBe(first)
    expect(store.getSnapshot()).toHaveLength(1)
    expect(store.getSnapshot()[0]?.count).toBe(3)
  })

  test('does not merge errors that differ in code, status or message', () => {
    const store = createToastStore()
    store.add('error', makeApiError())
    store.add('error', makeApiError({ code: 'http/502' }))
    store.add('error', makeApiError({ status: 503 }))
    store.add('error', makeApiError({ userMessage: 'Other' }))
    expect(store.getSnapshot().map((item) => item.count)).toEqual([1, 1, 1, 1])
  })

  test('merges repeated string errors but not info or success notices', () => {
    const store = createToastStore()
    store.add('error', 'Offline')
    store.add('error', 'Offline')
    store.add('info', 'Saved')
    store.add('info', 'Saved')
    expect(store.getSnapshot().map((item) => [item.type, item.count])).toEqual([
      ['error', 2],
      ['info', 1],
      ['info', 1],
    ])
  })

  test('starts a new notice once the first one was dismissed', () => {
    const store = createToastStore()
    const first = store.add('error', makeApiError())
    store.dismiss(first)
    const second = store.add('error', makeApiError())
    expect(second).not.toBe(first)
    expect(store.getSnapshot().find((item) => item.id === second)?.count).toBe(1)
  })

  test('keeps a dismissed notice until the toaster removes it, and never removes an open one', () => {
    const store = createToastStore()
    const id = store.add('info', 'Saved')
    store.remove(id)
    expect(store.getSnapshot()).toHaveLength(1)
    store.dismiss(id)
    expect(store.getSnapshot()[0]?.open).toBe(false)
    store.remove(id)
    expect(store.getSnapshot()).toEqual([])
  })

  test('dismiss without an id closes every notice', () => {
    const store = createToastStore()
    store.add('info', 'a')
    store.add('success', 'b')
    store.dismiss()
    expect(store.getSnapshot().map((item) => item.open)).toEqual([false, false])
  })

  test('an explicit id updates the notice in place', () => {
    const store = createToastStore()
    store.add('info', 'Saving…', { id: 'save' })
    store.add('success', 'Saved', { id: 'save' })
    expect(store.getSnapshot()).toHaveLength(1)
    expect(store.getSnapshot()[0]).toMatchObject({ id: 'save', type: 'success', message: 'Saved' })
  })

  test('errors last 8 seconds by default, others 5, and options override', () => {
    const store = createToastStore()
    store.add('error', 'a')
    store.add('info', 'b')
    store.add('error', 'c', { duration: Infinity })
    expect(store.getSnapshot().map((item) => item.duration)).toEqual([8000, 5000, Infinity])
  })

  test('a duration past what a timer can wait (24.8 days) stays open instead of closing at once', () => {
    const store = createToastStore()
    store.add('info', 'a', { duration: 2 ** 31 })
    store.add('info', 'b', { duration: 30 * 24 * 3600 * 1000 })
    store.add('info', 'c', { duration: 2 ** 31 - 1 })
    expect(store.getSnapshot().map((item) => item.duration)).toEqual([
      Infinity,
      Infinity,
      2 ** 31 - 1,
    ])
  })

  test('a NaN, zero or negative duration (a setting read from nothing) gets the default', () => {
    const store = createToastStore()
    store.add('error', 'a', { duration: Number.NaN })
    store.add('info', 'b', { duration: 0 })
    store.add('success', 'c', { duration: -5 })
    expect(store.getSnapshot().map((item) => item.duration)).toEqual([8000, 5000, 5000])
  })

  test('notifies subscribers and keeps the snapshot identical until a change', () => {
    const store = createToastStore()
    const listener = vi.fn()
    const unsubscribe = store.subscribe(listener)
    const before = store.getSnapshot()
    expect(store.getSnapshot()).toBe(before)
    store.add('info', 'x')
    expect(listener).toHaveBeenCalledTimes(1)
    expect(store.getSnapshot()).not.toBe(before)
    unsubscribe()
    store.add('info', 'y')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('caps the history and keeps the final count of merged notices', () => {
    const store = createToastStore({ historyLimit: 2 })
    store.add('info', 'one')
    store.add('info', 'two')
    store.add('error', 'three')
    store.add('error', 'three')
    expect(store.getHistory().map((item) => [item.message, item.count])).toEqual([
      ['two', 1],
      ['three', 2],
    ])
  })

  test('a repeat keeps the action of the first notice unless it brings its own', () => {
    const store = createToastStore()
    const retry = vi.fn()
    store.add('error', 'Offline', { action: { label: 'Try again', onClick: retry } })
    store.add('error', 'Offline')
    expect(store.getSnapshot()[0]?.action?.onClick).toBe(retry)
  })

  test('holds at most 20 notices by default, so a toaster that never mounts (or SSR) leaks nothing', () => {
    const store = createToastStore()
    for (let index = 0; index < 1000; index += 1) store.add('error', `Failure ${index}`)
    expect(store.getSnapshot()).toHaveLength(20)
    expect(store.getSnapshot()[0]?.message).toBe('Failure 980')
    expect(store.getSnapshot()[19]?.message).toBe('Failure 999')
  })

  test('past its limit drops closed notices first, then the oldest open ones', () => {
    const store = createToastStore({ limit: 3 })
    store.add('info', 'a')
    store.add('info', 'b')
    const c = store.add('info', 'c')
    store.dismiss(c)
    store.add('info', 'd')
    expect(store.getSnapshot().map((item) => item.message)).toEqual(['a', 'b', 'd'])
    store.add('info', 'e')
    expect(store.getSnapshot().map((item) => item.message)).toEqual(['b', 'd', 'e'])
  })
})
