'use server'

import { toActionError, type ActionError } from 'api-error-kit'
import { redirect } from 'next/navigation'
import { anonymousApi } from '@/lib/serverApi'

/** What the sign-in action hands back to the form. */
export interface SignInState {
  error?: ActionError
}

/** Signs in with the form's data; the backend's verdict goes back to the form as plain data. */
export async function signIn(
  locale: string,
  _previous: SignInState,
  data: FormData,
): Promise<SignInState> {
  try {
    await anonymousApi().post(
      '/v1/auth/email/signin',
      { email: data.get('email'), password: data.get('password') },
      { auth: false },
    )
  } catch (error) {
    return { error: toActionError(error) }
  }
  redirect(`/${locale}`)
}
