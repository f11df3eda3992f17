// What vite.config.ts provides to the tests of each project (read with `inject`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** The msw major the project runs against: '2' (the default install) or '3' (`.msw3/`). */
    mswMajor: string
  }
}
export {}
