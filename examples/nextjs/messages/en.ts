import type { AppText } from '../lib/locales'

// English: the library's messages are already English, so the catalog is empty.
const en: { text: AppText; messages: object } = {
  text: {
    posts: 'Posts',
    todos: 'Your todos',
    secrets: 'Secrets',
    signIn: 'Sign in',
    email: 'Email',
    password: 'Password',
    problem: 'There is a problem',
    loading: 'Loading…',
  },
  messages: {},
}
export default en
