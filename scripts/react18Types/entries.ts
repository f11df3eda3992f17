// The published declarations of every entry, compiled with React 18's types as an app on React 18
// compiles them (`skipLibCheck: false`): a type inferred from React 19 fails here.
import type * as core from '../../dist/core/index.js'
import type * as form from '../../dist/form/index.js'
import type * as query from '../../dist/query/index.js'
import type * as react from '../../dist/react/index.js'
import type * as testing from '../../dist/testing/index.js'
import type * as testingMsw from '../../dist/testing/msw/index.js'
import type * as ui from '../../dist/ui/index.js'

export type Entries = [
  typeof core,
  typeof react,
  typeof query,
  typeof form,
  typeof ui,
  typeof testing,
  typeof testingMsw,
]
