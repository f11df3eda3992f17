import 'api-error-kit/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BlogAdmin } from './BlogAdmin.js'
import { httpSwitches } from './backendSwitches.js'
import { createBlogAdmin } from './createBlogAdmin.js'

// The mock bkend on loopback, started by `npm run example` (its port can be moved with ?api=).
const apiUrl = new URLSearchParams(location.search).get('api') ?? 'http://127.0.0.1:8787'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BlogAdmin setup={createBlogAdmin({ apiUrl })} switches={httpSwitches()} />
  </StrictMode>,
)
