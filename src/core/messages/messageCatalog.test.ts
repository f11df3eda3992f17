import { decodeError } from '../decode/decodeError.js'
import { defaultKindMessages } from './defaultMessages.js'
import { setMessages } from './messageCatalog.js'

const serverError = () => decodeError({ message: 'db down' }, { status: 500 })

describe('setMessages', () => {
  it('falls back to the catalog when the resolver throws, so decoding still never throws', () => {
    const restore = setMessages(() => {
      throw new Error('translation table missing')
    })
    try {
      expect(serverError().userMessage).toBe(defaultKindMessages.server)
    } finally {
      restore()
    }
  })

  it('takes only non-empty text from a resolver or a catalog', () => {
    const restoreResolver = setMessages(() => 42 as unknown as string)
    try {
      expect(serverError().userMessage).toBe(defaultKindMessages.server)
    } finally {
      restoreResolver()
    }
    const restoreCatalog = setMessages({ kinds: { server: '' }, fallback: 'Try again soon.' })
    try {
      expect(serverError().userMessage).toBe('Try again soon.')
    } finally {
      restoreCatalog()
    }
  })

  it('keeps decoding when given no catalog at all', () => {
    const restore = setMessages(null as never)
    try {
      expect(serverError().userMessage).toBe(defaultKindMessages.server)
    } finally {
      restore()
    }
  })

  it('uses what the resolver returns, and restores the previous setting', () => {
    const restore = setMessages(({ kind }) =>
      kind === 'server' ? 'Le serveur a un souci.' : undefined,
    )
    try {
      expect(serverError().userMessage).toBe('Le serveur a un souci.')
      expect(decodeError({}, { status: 404 }).userMessage).toBe(defaultKindMessages['not-found'])
    } finally {
      restore()
    }
    expect(serverError().userMessage).toBe(defaultKindMessages.server)
  })
})
