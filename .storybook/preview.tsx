import type { Preview } from '@storybook/react-vite'
import { ArgTypes, Description, Primary, Subtitle, Title } from '@storybook/addon-docs/blocks'
import { configure } from 'storybook/test'
import '../src/ui/styles.css'
import './gallery.css'
import { toast } from '../src/ui/index.js'
import { demoApi, startDemoApi } from '../stories/support/mockApi.js'

// `findBy*` and `waitFor` give up after 1 s by default: too short on a busy two-core machine
// for a round trip through the service worker and a render.
configure({ asyncUtilTimeout: 4000 })

const preview: Preview = {
  // The service worker must control the page before any story sends a request.
  async beforeAll() {
    await startDemoApi()
  },
  // Every story meets a fresh backend: seed data, no sessions, no faults, zero counters.
  beforeEach() {
    demoApi().control.reset()
    toast.dismiss()
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
    // A component's docs page: what it is, its first story live, and the props tables of the
    // component and its parts. The other stories stay on their own pages: several live toasters
    // or forms on one page would be several regions of one name.
    docs: {
      page: () => (
        <>
          <Title />
          <Subtitle />
          <Description />
          <Primary />
          <ArgTypes />
        </>
      ),
    },
    options: {
      storySort: {
        order: [
          'Demo',
          'Guide',
          [
            'Getting started',
            'Decode',
            'Client',
            'Routing',
            'Query',
            'Forms',
            'UI',
            'Testing',
            'Accessibility',
            'Security',
            'Size and speed',
            'API reference',
          ],
          'Recipes',
          'Components',
          'Forms',
          'Error formats',
          'Playground',
        ],
      },
    },
  },
}

export default preview
