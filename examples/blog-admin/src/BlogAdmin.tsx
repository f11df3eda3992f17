import { QueryClientProvider } from '@tanstack/react-query'
import { ApiErrorProvider } from 'api-error-kit/react'
import { useState } from 'react'
import {
  createHashRouter,
  createMemoryRouter,
  Navigate,
  RouterProvider,
  type RouteObject,
} from 'react-router'
import type { BackendSwitches } from './backendSwitches.js'
import type { BlogAdminSetup } from './createBlogAdmin.js'
import { Layout } from './Layout.js'
import { PostsPage } from './PostsPage.js'
import { RequireSession } from './RequireSession.js'
import { SecretsPage } from './SecretsPage.js'
import { SignInPage } from './SignInPage.js'
import { TasksPage } from './TasksPage.js'
import './blogAdmin.css'

/** Props of {@link BlogAdmin}. */
export interface BlogAdminProps {
  /** The client, hub, query client and toasts (`createBlogAdmin`). */
  setup: BlogAdminSetup
  /** What the "Make trouble" panel does to the mock backend. */
  switches: BackendSwitches
  /** `hash` in a page of its own; `memory` in the gallery, where the URL is Storybook's. @default 'hash' */
  history?: 'hash' | 'memory'
  /** Where a memory history starts. @default '/posts' */
  initialPath?: string
}

const routes = (setup: BlogAdminSetup, switches: BackendSwitches): RouteObject[] => [
  {
    path: '/',
    element: <Layout setup={setup} switches={switches} />,
    children: [
      { index: true, element: <Navigate to="/posts" replace /> },
      { path: 'sign-in', element: <SignInPage /> },
      {
        element: <RequireSession />,
        children: [
          { path: 'posts', element: <PostsPage /> },
          { path: 'tasks', element: <TasksPage /> },
          { path: 'secrets', element: <SecretsPage /> },
        ],
      },
    ],
  },
]

/**
 * A small blog admin on a mock bkend, written only with the public API of api-error-kit: a
 * router with a protected area (posts, tasks, secrets), sign-in and sign-up forms, the
 * provider, the query hooks, the form helpers and the ready components.
 */
export function BlogAdmin({
  setup,
  switches,
  history = 'hash',
  initialPath = '/posts',
}: BlogAdminProps) {
  const [router] = useState(() =>
    history === 'memory'
      ? createMemoryRouter(routes(setup, switches), { initialEntries: [initialPath] })
      : createHashRouter(routes(setup, switches)),
  )
  return (
    <ApiErrorProvider client={setup.client} hub={setup.hub} channels={setup.channels}>
      <QueryClientProvider client={setup.queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ApiErrorProvider>
  )
}
