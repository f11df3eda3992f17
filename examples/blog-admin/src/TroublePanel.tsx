import type { MockMode } from 'api-error-kit/testing'
import { useState } from 'react'
import type { BackendSwitches } from './backendSwitches.js'

const modes: { value: MockMode; label: string }[] = [
  { value: 'bkend', label: 'bkend' },
  { value: 'backstack', label: 'Backstack' },
  { value: 'problem', label: 'Problem details (RFC 9457)' },
]

/** What the mock backend can be made to do, each followed by what to try on the page. */
export function TroublePanel({ switches }: { switches: BackendSwitches }) {
  const [mode, setMode] = useState<MockMode>('bkend')
  const [done, setDone] = useState('')
  const act = (label: string, change: () => Promise<void>) => async () => {
    await change()
    setDone(label)
  }
  return (
    <aside aria-labelledby="trouble-title" className="blog-trouble">
      <h2 id="trouble-title">Make trouble</h2>
      <button
        type="button"
        className="aek-button"
        onClick={act('The session will end at the next request.', switches.endSession)}
      >
        End my session
      </button>
      <button
        type="button"
        className="aek-button"
        onClick={act('The backend forgot every session.', switches.restart)}
      >
        Restart the backend
      </button>
      <button
        type="button"
        className="aek-button"
        onClick={act('The next load of the tasks waits 2 s.', () => switches.rateLimitTasks(2))}
      >
        Slow down the tasks (2 s)
      </button>
      <button
        type="button"
        className="aek-button"
        onClick={act('The next load of the tasks is refused for 4 s.', () =>
          switches.rateLimitTasks(4),
        )}
      >
        Rate-limit the tasks (4 s)
      </button>
      <button
        type="button"
        className="aek-button"
        onClick={act('The next save fails.', switches.failNextSave)}
      >
        Fail the next save
      </button>
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
        {done}
      </p>
    </aside>
  )
}
