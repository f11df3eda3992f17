import { useState } from 'react'
import type { MockMode } from '../../src/testing/index.js'
import { demoApi } from '../support/mockApi.js'

const modes: { value: MockMode; label: string }[] = [
  { value: 'bkend', label: 'bkend' },
  { value: 'backstack', label: 'Backstack' },
  { value: 'problem', label: 'Problem details (RFC 9457)' },
]

/** Switches the error format of the mock backend; the app's code does not change. */
export function ModeSwitch() {
  const [mode, setMode] = useState<MockMode>(() => demoApi().control.mode)
  return (
    <fieldset className="demo-modes">
      <legend>Backend error format</legend>
      {modes.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name="demo-mode"
            value={option.value}
            checked={mode === option.value}
            onChange={() => {
              demoApi().control.setMode(option.value)
              setMode(option.value)
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
