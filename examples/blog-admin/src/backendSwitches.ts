import type { MockControl, MockMode } from 'api-error-kit/testing'

/** What the demo's "Make trouble" panel can do to its mock backend, wherever that runs. */
export interface BackendSwitches {
  /** Expires every access token: the next request refreshes it once, unseen, and goes on. */
  expireToken(): Promise<void>
  /** Expires every access token and refuses the next refresh: the next request ends the session. */
  endSession(): Promise<void>
  /** Forgets every session, as a restarted backend does: the token the app holds is refused. */
  restart(): Promise<void>
  /** The next load of the tasks is refused with 429 and `Retry-After: seconds`. */
  rateLimitTasks(seconds: number): Promise<void>
  /** The next save of a post fails with a 500. */
  failNextSave(): Promise<void>
  /** Switches the error format of every answer. */
  setMode(mode: MockMode): Promise<void>
}

/** The switches over a backend in this page (the gallery's MSW worker, a test's backend). */
export function inPageSwitches(control: MockControl): BackendSwitches {
  const run = (change: () => void) => {
    change()
    return Promise.resolve()
  }
  return {
    expireToken: () => run(() => control.expireAllTokens()),
    endSession: () =>
      run(() => {
        control.expireAllTokens()
        control.failNextRefreshes(1)
      }),
    restart: () => run(() => control.reset()),
    rateLimitTasks: (seconds) =>
      run(
        () =>
          void control.fault({
            type: 'status',
            status: 429,
            headers: { 'retry-after': String(seconds) },
            cooldownMs: seconds * 1000,
            match: { method: 'GET', path: '/v1/data/todos' },
          }),
      ),
    failNextSave: () =>
      run(
        () =>
          void control.fault({
            type: 'status',
            status: 500,
            match: { method: 'POST', path: '/v1/data/posts' },
          }),
      ),
    setMode: (mode) => run(() => control.setMode(mode)),
  }
}

/** The names the HTTP switches post to, under `/__mock/`, with their JSON body. */
export type SwitchRequest =
  | { name: 'expireToken' | 'endSession' | 'restart' | 'failNextSave' }
  | { name: 'rateLimitTasks'; seconds: number }
  | { name: 'setMode'; mode: MockMode }

/** The switches of a backend served beside the page (`npm run example`): `POST /__mock/:name`. */
export function httpSwitches(): BackendSwitches {
  const send = async (request: SwitchRequest) => {
    const response = await fetch(`/__mock/${request.name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    })
    if (!response.ok) throw new Error(`The mock backend refused ${request.name}.`)
  }
  return {
    expireToken: () => send({ name: 'expireToken' }),
    endSession: () => send({ name: 'endSession' }),
    restart: () => send({ name: 'restart' }),
    rateLimitTasks: (seconds) => send({ name: 'rateLimitTasks', seconds }),
    failNextSave: () => send({ name: 'failNextSave' }),
    setMode: (mode) => send({ name: 'setMode', mode }),
  }
}
