import { serverMessages, toServerFieldError } from './serverMessages.js'

describe('serverMessages', () => {
  it('reads back every message in order from types', () => {
    const error = toServerFieldError(['One.', 'Two.', 'Three.'])
    expect(error.message).toBe('One. Two. Three.')
    expect(serverMessages(error)).toEqual(['One.', 'Two.', 'Three.'])
  })

  it('reads the one message of a client error, and nothing of no error', () => {
    expect(serverMessages({ type: 'required', message: 'Required.' })).toEqual(['Required.'])
    expect(serverMessages(undefined)).toEqual([])
  })
})
