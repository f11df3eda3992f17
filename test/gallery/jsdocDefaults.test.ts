import { splitDefaultTag } from '../../stories/support/jsdocDefaults.js'

// Regression: Controls printed "Start signed in as the demo user. @default false" as the text.
describe('splitDefaultTag', () => {
  it('takes a @default that follows the prose on its line out of the description', () => {
    expect(splitDefaultTag('Start signed in as the demo user. @default false')).toEqual({
      description: 'Start signed in as the demo user.',
      defaultValue: 'false',
    })
  })

  it('reads a @default on lines of its own, up to the next tag', () => {
    const text = [
      '`role="alert"` instead of a region.',
      '@default true for an error that appears after the page loaded, false for one present',
      '  as the page loads',
      '@example <ErrorBanner announce />',
    ].join('\n')
    expect(splitDefaultTag(text)).toEqual({
      description: '`role="alert"` instead of a region.\n@example <ErrorBanner announce />',
      defaultValue:
        'true for an error that appears after the page loaded, false for one present as the page loads',
    })
  })

  it('leaves a description with no @default, or a word like @defaults, as it is', () => {
    expect(splitDefaultTag('The error to show.')).toEqual({ description: 'The error to show.' })
    expect(splitDefaultTag('See @defaults.')).toEqual({ description: 'See @defaults.' })
  })
})
