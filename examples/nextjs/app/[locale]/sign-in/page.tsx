import { isLocale, loadLocale } from '@/lib/locales'
import { signIn } from './actions'
import { SignInForm } from './SignInForm'

export default async function SignInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const { text } = await loadLocale(isLocale(locale) ? locale : 'en')
  return (
    <main>
      <h1>{text.signIn}</h1>
      <SignInForm action={signIn.bind(null, locale)} text={text} />
    </main>
  )
}
