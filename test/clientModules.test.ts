import { findDirectiveProblems, readModule } from '../scripts/clientModules.mjs'

// The rule `npm test` applies to dist/: 'use client' on exactly the modules of the React layers
// that need the browser, never on a barrel, never in the core.

const check = (files: Record<string, string>) =>
  findDirectiveProblems(
    new Map(Object.entries(files).map(([path, text]) => [path, readModule(text)])),
    (from, specifier) => new URL(specifier, `file:///${from}`).pathname.slice(1),
    { isReactLayer: (path) => !path.startsWith('core/') },
  )

describe('the use client rule', () => {
  it('asks for the directive where a module calls a hook, reads context or is a class component', () => {
    const { problems } = check({
      'ui/useThing.js': `import { useState } from 'react'\nexport const useThing = () => useState(0)`,
      'ui/Context.js': `import { createContext } from 'react'\nexport const Context = createContext(0)`,
      'ui/Boundary.js': `import * as React from 'react'\nexport class B extends React.Component {}`,
      'ui/form.js': `import { useFormState } from 'react-hook-form'\nexport const f = () => useFormState()`,
    })
    expect(problems).toEqual([
      "ui/useThing.js calls useState from react but does not start with 'use client': add it as its first line.",
      "ui/Context.js uses createContext from react but does not start with 'use client': add it as its first line.",
      "ui/Boundary.js uses React.Component but does not start with 'use client': add it as its first line.",
      "ui/form.js calls useFormState from react-hook-form but does not start with 'use client': add it as its first line.",
    ])
  })

  it('asks for it where a module reads the page or hands an element an event handler', () => {
    const { problems } = check({
      'form/focus.js': `export const focus = (id) => document.getElementById(id)?.focus()`,
      'ui/Button.js': `import { jsx } from 'react/jsx-runtime'\nexport const B = (p) => jsx('button', { onClick: p.go })`,
    })
    expect(problems).toEqual([
      "form/focus.js reads the browser's document but does not start with 'use client': add it as its first line.",
      "ui/Button.js passes an event handler (onClick) but does not start with 'use client': add it as its first line.",
    ])
  })

  it('follows imports: a module that calls a client module is one too, a barrel only passes it on', () => {
    const { problems, clientModules } = check({
      'form/focus.js': `'use client'\nexport const focus = (id) => document.getElementById(id)?.focus()`,
      'form/apply.js': `import { focus } from './focus.js'\nexport const apply = () => focus('a')`,
      'form/index.js': `import { focus } from './focus.js'\nimport { apply } from './apply.js'\nexport { apply, focus }`,
    })
    expect(problems).toEqual([
      "form/apply.js imports focus from form/focus.js, which needs the browser but does not start with 'use client': add it as its first line.",
    ])
    expect([...clientModules].sort()).toEqual(['form/apply.js', 'form/focus.js'])
  })

  it('refuses the directive on a barrel, on a pure module and in the core', () => {
    const { problems } = check({
      'ui/index.js': `'use client'\nimport { t } from './titles.js'\nexport { t }`,
      'ui/titles.js': `'use client'\nexport const t = { auth: 'Sign in' }`,
      'core/store.js': `'use client'\nexport const read = () => globalThis.localStorage?.getItem('a')`,
    })
    expect(problems).toEqual([
      "ui/index.js is a barrel with 'use client': remove it, so what needs no browser stays callable from Server Components.",
      "ui/titles.js has 'use client' but needs no browser: remove it, so Server Components can call its exports.",
      "core/store.js has 'use client', but its layer runs anywhere, Server Components included: remove it.",
    ])
  })

  it('does not take a property, a key, a local name or a comment for the browser', () => {
    const { problems } = check({
      'ui/pure.js': `// the document and the window
const document = { title: 'x' }
export const pick = (page) => ({ window: page.window, title: document.title, onClick: 1 })`,
    })
    expect(problems).toEqual([])
  })
})
