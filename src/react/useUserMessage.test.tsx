// @vitest-environment node
import { Suspense, type ReactNode } from 'react'
import { renderToPipeableStream } from 'react-dom/server'
import { Writable } from 'node:stream'
import { decodeError } from '../core/decode/decodeError.js'
import type { MessageCatalog } from '../core/messages/messageCatalog.js'
import { setMessages } from '../core/messages/messageCatalog.js'
import { ErrorBanner } from '../ui/banner/ErrorBanner.js'
import { ApiErrorProvider } from './ApiErrorProvider.js'
import { DefaultFallback } from './ErrorBoundary.js'
import { useUserMessage } from './useUserMessage.js'

// One server process renders two requests at once, one in French and one in English: the
// language comes from each tree's provider, not from a module global or the decoded error.

const french: MessageCatalog = {
  codes: { 'data/permission-denied': "Vous n'avez pas l'autorisation de faire cela." },
  kinds: { unknown: 'Un problème est survenu.' },
  titles: { permission: "Vous n'avez pas accès" },
}
const forbidden = () =>
  decodeError(
    {
      success: false,
      error: { code: 'data/permission-denied', message: 'No access to "secrets".' },
    },
    { status: 403 },
  )

/** Renders a tree to HTML on the server, as a request would. */
function renderRequest(tree: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    let html = ''
    const sink = new Writable({
      write(chunk, _encoding, done) {
        html += String(chunk)
        done()
      },
    })
    sink.on('finish', () => resolve(html))
    const stream = renderToPipeableStream(tree, {
      onAllReady: () => stream.pipe(sink),
      onError: reject,
    })
  })
}

interface Gate {
  promise: Promise<void>
  open: () => void
  isOpen: boolean
}
const gate = (): Gate => {
  const state = { isOpen: false } as Gate
  state.promise = new Promise<void>((resolve) => {
    state.open = () => {
      state.isOpen = true
      resolve()
    }
  })
  return state
}

/** Suspends until its gate opens (React 18 and 19 alike), so two renders are under way together. */
function After({ ready, children }: { ready: Gate; children: ReactNode }) {
  if (!ready.isOpen) throw ready.promise
  return children
}

function Page({ messages, ready }: { messages?: MessageCatalog; ready: Gate }) {
  const error = forbidden()
  return (
    <ApiErrorProvider messages={messages}>
      <Suspense fallback={<p>…</p>}>
        <After ready={ready}>
          <ErrorBanner error={error} />
          <DefaultFallback error={decodeError(new Error('db down'))} reset={() => {}} />
        </After>
      </Suspense>
    </ApiErrorProvider>
  )
}

describe('messages per request', () => {
  it('renders the same error in French and in English at once in one process', async () => {
    const fr = gate()
    const en = gate()
    const french$ = renderRequest(<Page messages={french} ready={fr} />)
    const english$ = renderRequest(<Page ready={en} />)
    // Both are suspended half way; the English one finishes first, then the French one.
    en.open()
    fr.open()
    const [frenchHtml, englishHtml] = await Promise.all([french$, english$])
    expect(frenchHtml).toContain('Vous n&#x27;avez pas accès')
    expect(frenchHtml).toContain('Vous n&#x27;avez pas l&#x27;autorisation de faire cela.')
    expect(frenchHtml).toContain('Un problème est survenu.')
    expect(frenchHtml).not.toContain('permission to do that')
    expect(englishHtml).toContain('You don&#x27;t have access')
    expect(englishHtml).toContain('You don&#x27;t have permission to do that.')
    expect(englishHtml).not.toContain('Vous')
  })

  it('leaves the decoded error and the global catalog as they were', async () => {
    const error = forbidden()
    await renderRequest(
      <ApiErrorProvider messages={french}>
        <ErrorBanner error={error} />
      </ApiErrorProvider>,
    )
    expect(error.userMessage).toBe("You don't have permission to do that.")
    expect(forbidden().userMessage).toBe("You don't have permission to do that.")
  })

  it('keeps the server text for users and a message set by hand, and follows setMessages without a provider', async () => {
    function Message({ error }: { error: ReturnType<typeof decodeError> }) {
      return <p>{useUserMessage(error)}</p>
    }
    const backstack = decodeError(
      { error: { type: 'user', code: 409, message: 'Ce pseudo est déjà pris.', fields: {} } },
      { status: 409 },
    )
    const html = await renderRequest(
      <ApiErrorProvider messages={french}>
        <Message error={backstack} />
      </ApiErrorProvider>,
    )
    expect(html).toContain('Ce pseudo est déjà pris.')
    const restore = setMessages({ kinds: { permission: 'Kein Zugriff.' } })
    try {
      expect(await renderRequest(<Message error={forbidden()} />)).toContain(
        'You don&#x27;t have permission to do that.', // a code message beats the kind's
      )
      const plain = decodeError({ message: 'no' }, { status: 403 })
      expect(await renderRequest(<Message error={plain} />)).toContain('Kein Zugriff.')
    } finally {
      restore()
    }
  })
})
