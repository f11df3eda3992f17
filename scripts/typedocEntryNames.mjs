// A TypeDoc plugin: each module of the API reference is named as apps import it
// (`api-error-kit/react`, not `react`).
import { Converter } from 'typedoc'

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      module.name = module.name === 'core' ? 'api-error-kit' : `api-error-kit/${module.name}`
    }
  })
}
