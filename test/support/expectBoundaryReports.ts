import { onTestFinished } from 'vitest'

/** React's report of an error a boundary caught (React 18 and 19), and jsdom's of the throw. */
const boundaryReport = /The above error occurred in|Error: Uncaught \[/

/**
 * For a test that throws to an error boundary on purpose: keeps React's report of the caught
 * error out of the log, so an expected error does not read as a failure, and checks at the end
 * that React did report it. Any other console.error still prints.
 */
export function expectBoundaryReports() {
  const print = console.error.bind(console)
  const reports: string[] = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const text = args.map(String).join(' ')
    if (boundaryReport.test(text)) reports.push(text)
    else print(...args)
  })
  onTestFinished(({ task }) => {
    if (task.result?.state === 'fail') return
    expect(reports, 'React reported the error its boundary caught').not.toEqual([])
  })
}
