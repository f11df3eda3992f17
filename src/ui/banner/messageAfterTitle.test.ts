import { defaultKindMessages } from '../../core/messages/defaultMessages.js'
import { errorTitles } from './errorTitles.js'
import { messageAfterTitle } from './messageAfterTitle.js'

// Regression: the banner read "Something went wrong on our side" and then "Something went wrong
// on our side. Please try again later."
describe('messageAfterTitle', () => {
  it('drops the sentence that repeats the title and keeps the rest', () => {
    expect(
      messageAfterTitle(
        'Something went wrong on our side',
        'Something went wrong on our side. Please try again later.',
      ),
    ).toBe('Please try again later.')
  })

  it('shows no message when it says what the title says', () => {
    expect(messageAfterTitle('The request was cancelled', 'The request was cancelled.')).toBe(
      undefined,
    )
    expect(messageAfterTitle('Too many requests.', 'Too many requests')).toBe(undefined)
  })

  it('keeps a message that only begins with the same words', () => {
    const message = "You don't have access to this file."
    expect(messageAfterTitle("You don't have access", message)).toBe(message)
    expect(messageAfterTitle('Sign in', 'Sign in again to continue.')).toBe(
      'Sign in again to continue.',
    )
  })

  it('reads sentences with no space after their mark, as in Japanese', () => {
    expect(messageAfterTitle('エラー', 'エラー。もう一度お試しください。')).toBe(
      'もう一度お試しください。',
    )
  })

  it('keeps the message under an empty title', () => {
    expect(messageAfterTitle('', 'Something broke.')).toBe('Something broke.')
  })

  it('leaves no default banner of the kit saying its title twice', () => {
    for (const kind of Object.keys(errorTitles) as (keyof typeof errorTitles)[]) {
      const title = errorTitles[kind]
      const shown = messageAfterTitle(title, defaultKindMessages[kind])
      expect(shown === undefined || !shown.startsWith(title)).toBe(true)
    }
  })
})
