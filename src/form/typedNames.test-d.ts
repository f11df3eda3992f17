import { createElement } from 'react'
import { useForm } from 'react-hook-form'
import { expectTypeOf } from 'vitest'
import { applyServerErrors } from './applyServerErrors.js'
import { clearServerErrors } from './clearServerErrors.js'
import { ErrorSummary } from './ErrorSummary.js'
import type { ErrorPath } from './errorPath.js'
import { FieldError } from './FieldError.js'
import { useFieldErrorProps } from './useFieldErrorProps.js'
import { useServerErrors } from './useServerErrors.js'

interface SignUp {
  email: string
  password: string
  tags: { name: string }[]
}

describe('field names are the form’s', () => {
  it('takes every name of the form and rejects a misspelt one', () => {
    const form = useForm<SignUp>()
    const { control } = form
    useFieldErrorProps('email', { control })
    useFieldErrorProps('tags.1.name', { control })
    useFieldErrorProps('tags.root', { control })
    // @ts-expect-error a misspelt field name does not compile
    useFieldErrorProps('emial', { control })

    createElement(FieldError<SignUp>, { name: 'password', control })
    createElement(FieldError<SignUp>, { name: 'root.server', control })
    // @ts-expect-error a misspelt field name does not compile
    createElement(FieldError<SignUp>, { name: 'pasword', control })

    applyServerErrors(form, null, { rename: { email_address: 'email' } })
    // @ts-expect-error rename's values are the form's field names
    applyServerErrors(form, null, { rename: { email_address: 'emial' } })
    applyServerErrors(form, null, { fieldsByCode: { 'auth/email-already-exists': 'email' } })
    applyServerErrors(form, null, { fieldsByCode: { 'auth/weak-password': ['password'] } })
    applyServerErrors(form, null, { fieldsByCode: () => 'email' })
    // @ts-expect-error fieldsByCode's values are the form's field names
    applyServerErrors(form, null, { fieldsByCode: { 'auth/email-already-exists': 'login' } })
    // @ts-expect-error so is what its function returns
    applyServerErrors(form, null, { fieldsByCode: () => 'login' })

    createElement(ErrorSummary<SignUp>, { control, labels: { email: 'Email', tags: 'Tags' } })
    // @ts-expect-error the summary's labels are keyed by the form's names
    createElement(ErrorSummary<SignUp>, { control, labels: { emial: 'Email' } })

    useServerErrors(form).clear('tags.0.name')
    // @ts-expect-error clear takes the form's names
    useServerErrors(form).clear('tag')
    clearServerErrors(form, 'email')
    // @ts-expect-error clearServerErrors takes the form's names
    clearServerErrors(form, 'mail')
  })

  it('lets any string through for a form whose values are not typed', () => {
    expectTypeOf<ErrorPath>().toEqualTypeOf<string>()
    useFieldErrorProps('anything.at.all')
  })
})
