import type { Preview } from '@storybook/react-vite'

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number]

/** What react-docgen leaves on a component: each prop's JSDoc as written, tags included. */
interface DocgenInfo {
  props?: Record<string, { description?: string } | undefined>
}

/**
 * Splits a prop's JSDoc into its prose and its `@default` value (whitespace collapsed), wherever
 * the tag stands: on a line of its own, or after the prose on the same line.
 */
export function splitDefaultTag(text: string): { description: string; defaultValue?: string } {
  const at = text.search(/(?:^|\s)@default(?:\s|$)/)
  if (at === -1) return { description: text }
  const rest = text.slice(at).trimStart().slice('@default'.length)
  // The value runs until the next tag that starts a line, if any.
  const next = rest.search(/\n[ \t]*@\w/)
  const value = (next === -1 ? rest : rest.slice(0, next)).replace(/\s+/g, ' ').trim()
  const description = `${text.slice(0, at)}${next === -1 ? '' : rest.slice(next)}`.trim()
  return value === '' ? { description } : { description, defaultValue: value }
}

/**
 * Controls and props tables show a prop's `@default` in the Default column, not as text in its
 * description ("Start signed in. @default false"): Storybook drops a tag on a line of its own
 * and prints one that follows the prose.
 */
export const jsdocDefaults: ArgTypesEnhancer = (context) => {
  const component = context.component as { __docgenInfo?: DocgenInfo } | undefined
  const props = component?.__docgenInfo?.props ?? {}
  const argTypes = { ...context.argTypes }
  for (const [name, argType] of Object.entries(argTypes)) {
    const raw = props[name]?.description ?? argType.description ?? ''
    const { defaultValue } = splitDefaultTag(raw)
    if (defaultValue === undefined) continue
    argTypes[name] = {
      ...argType,
      description: splitDefaultTag(argType.description ?? '').description,
      table: {
        ...argType.table,
        defaultValue: argType.table?.defaultValue ?? { summary: defaultValue },
      },
    }
  }
  return argTypes
}
