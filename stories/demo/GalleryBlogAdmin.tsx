import { fromBkendTokens } from '../../src/core/index.js'
import { useEffect, useState } from 'react'
import { BlogAdmin } from '../../examples/blog-admin/src/BlogAdmin.js'
import { inPageSwitches } from '../../examples/blog-admin/src/backendSwitches.js'
import {
  createBlogAdmin,
  type BlogAdminSetup,
} from '../../examples/blog-admin/src/createBlogAdmin.js'
import { DEMO_API_URL, demoApi } from '../support/mockApi.js'

/** Props of {@link GalleryBlogAdmin}. */
export interface GalleryBlogAdminProps {
  /** Start signed in as the demo user. @default false */
  signedIn?: boolean
  /** The page to open. @default '/posts' */
  initialPath?: string
}

let shown: BlogAdminSetup | undefined

/** The setup of the blog admin on show, for a story's assertions on what it keeps. */
export function shownSetup(): BlogAdminSetup {
  if (!shown) throw new Error('No blog admin is on show: render the story first.')
  return shown
}

/**
 * The blog admin of `examples/blog-admin` in the gallery: the same app, on the in-page mock
 * (MSW), with tokens in memory and a memory router so stories never share a session or a URL.
 */
export function GalleryBlogAdmin({ signedIn = false, initialPath }: GalleryBlogAdminProps) {
  const [setup] = useState(() => {
    const created = createBlogAdmin({ apiUrl: DEMO_API_URL, storage: 'memory', crossTab: false })
    if (signedIn) created.client.tokens?.set(fromBkendTokens(demoApi().control.signIn()))
    return created
  })
  const [switches] = useState(() => inPageSwitches(demoApi().control))
  useEffect(() => {
    shown = setup
    return () => setup.client.dispose()
  }, [setup])
  return <BlogAdmin setup={setup} switches={switches} history="memory" initialPath={initialPath} />
}
