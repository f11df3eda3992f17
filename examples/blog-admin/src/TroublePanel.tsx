import type { MockMode } from 'api-error-kit/testing'
import { useState } from 'react'
import type { BackendSwitches } from './backendSwitches.js'
import { useRefreshCount } from './useRefreshCount.js'

const modes: { value: MockMode; label: string }[] = [
  { value: 'bkend', label: 'bkend' },
  { value: 'backstack', label: 'Backstack' },
  { value: 'problem', label: 'Problem details (RFC 9457)' },
]

const EXPIRE = 'Expire my token'

/** Each switch: its button, what it did, and the change it makes to the backend. */
const troubles = (switches: BackendSwitches) =>
  [
    [EXPIRE, 'The token expired: the next request refreshes it, unseen.', switches.expireToken],
    ['End my session', 'The session will end at the next request.', switches.endSession],
    ['Restart the backend', 'The backend forgot every session.', switches.restart],
    [
      'Slow down the tasks (2 s)',
      'The next load of the tasks waits 2 s.',
      () => switches.rateLimitTasks(2),
    ],
    [
      'Rate-limit the tasks (4 s)',
      'The next load of the tasks is refused for 4 s.',
      () => switches.rateLimitTasks(4),
    ],
    ['Fail the next save', 'The next save fails.', switches.failNextSave],
  ] as const

/** What the mock backend can be made to do, each followed by what to try on the page. */
export function TroublePanel({ switches }: { switches: BackendSwitches }) {
  const [mode, setMode] = useState<MockMode>('bkend')
  const [done, setDone] = useState<{ label: string; result: string }>()
  const refreshes = useRefreshCount()
  return (
    <aside aria-labelledby="trouble-title" className="blog-trouble">
      <h2 id="trouble-title">Make trouble</h2>
      {troubles(switches).map(([label, result, change]) => (
        <button
          key={label}
          type="button"
          className="aek-button"
          onClick={() =>
            void change().then(() => {
              setDone({ label, result })
              // Counted per expiry: each click starts again from zero.
              if (label === EXPIRE) refreshes.restart()
            })
          }
        >
          {label}
        </button>
      ))}
      <fieldset className="blog-modes">
        <legend>Error format</legend>
        {modes.map((option) => (
          <label key={option.value}>
            <input
              type="radio"
              name="blog-mode"
              value={option.value}
              checked={mode === option.value}
              onChange={() => {
                setMode(option.value)
                void switches.setMode(option.value)
              }}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <p role="status" className="blog-hint">
        {done?.result}
        {done?.label === EXPIRE && ` Refreshes since: ${refreshes.count ?? 0}.`}
      </p>
    </aside>
  )
}
