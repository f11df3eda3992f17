/** React's report of an error a boundary caught (React 18 and 19). */
const boundaryReport = /The above error occurred in/

/**
 * For a story that throws to an error boundary on purpose: keeps React's report of the caught
 * error off the console (and out of the test log, where it reads as a failure); any other error
 * still prints. Returns the function that puts the console back, for a story's `beforeEach`.
 */
export function quietBoundaryReport() {
  const print = console.error
  console.error = (...args: unknown[]) => {
    if (!boundaryReport.test(args.map(String).join(' '))) print(...args)
  }
  return () => {
    console.error = print
  }
}
