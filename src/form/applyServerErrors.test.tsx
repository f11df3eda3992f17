import { act, render } from '@testing-library/react'
import { Controller, useForm, type UseFormReturn } from 'react-hook-form'
import { ApiError, type ApiErrorInit } from '../core/ApiError.js'
import { applyServerErrors } from './applyServerErrors.js'
import { widenForm } from './serverErrorsForm.js'
import { snakeToCamel } from './snakeToCamel.js'

const validation = (init: Partial<ApiErrorInit>) =>
  new ApiError({
    status: 422,
    code: 'http/422',
    kind: 'validation',
    type: 'user',
    message: 'Unprocessable',
    userMessage: 'Check the form and try again.',
    format: 'test',
    ...init,
  })

interface Profile {
  email: string
  userName: string
  secret: string
}

function ProfileForm({ onForm }: { onForm: (form: UseFormReturn<Profile>) => void }) {
  const form = useForm<Profile>({ defaultValues: { email: '', userName: '', secret: 'kept' } })
  onForm(form)
  return (
    <form>
      <input aria-label="Email" id="email" {...form.register('email')} />
      <input aria-label="User name" id="userName" {...form.register('userName')} />
    </form>
  )
}

function renderProfile() {
  let form!: UseFormReturn<Profile>
  render(<ProfileForm onForm={(f) => (form = f)} />)
  return () => form
}

describe('applyServerErrors', () => {
  it('sets every message of a field with type server, in types and joined in message', () => {
    const form = renderProfile()
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form(),
        validation({ fields: { email: ['Is taken.', 'Is too long.'] } }),
        { shouldFocus: false },
      )
    })
    expect(result.handled).toBe(true)
    expect(result.applied).toEqual(['email'])
    expect(result.unmatched).toEqual([])
    const error = form().getFieldState('email').error
    expect(error?.type).toBe('server')
    expect(error?.message).toBe('Is taken. Is too long.')
    expect(error?.types).toEqual({ server: 'Is taken.', 'server-1': 'Is too long.' })
    expect(form().getFieldState('userName').error).toBeUndefined()
  })

  it('sends messages for fields the form does not have, and form errors, to root.server', () => {
    const form = renderProfile()
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form(),
        validation({
          fields: { email: ['Is taken.'], nickname: ['Too short.'] },
          formErrors: ['Try later.'],
        }),
        { shouldFocus: false },
      )
    })
    expect(result.applied).toEqual(['email'])
    expect(result.unmatched).toEqual(['nickname'])
    expect(result.root).toBe('Try later. Too short.')
    const root = widenForm(form()).getFieldState('root.server').error
    expect(root?.type).toBe('server')
    expect(root?.message).toBe('Try later. Too short.')
    expect(root?.types).toEqual({ server: 'Try later.', 'server-1': 'Too short.' })
  })

  it('treats a value with no registered input as unknown, so its message is not lost', () => {
    const form = renderProfile()
    expect(form().getValues('secret')).toBe('kept')
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(form(), validation({ fields: { secret: ['Wrong.'] } }), {
        shouldFocus: false,
      })
    })
    expect(result.applied).toEqual([])
    expect(result.unmatched).toEqual(['secret'])
    expect(form().getFieldState('secret').error).toBeUndefined()
    expect(widenForm(form()).getFieldState('root.server').error?.message).toBe('Wrong.')
  })

  it('puts the user message of a validation error without fields on root.server', () => {
    const form = renderProfile()
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form(),
        validation({ userMessage: 'Required parameter is missing' }),
        { shouldFocus: false },
      )
    })
    expect(result.handled).toBe(true)
    expect(result.root).toBe('Required parameter is missing')
    expect(widenForm(form()).getFieldState('root.server').error?.message).toBe(
      'Required parameter is missing',
    )
  })

  // Regression: an ApiError built by hand with an empty list (`{ email: [] }`) set an error with
  // no message: the input was aria-invalid with nothing on the page saying why.
  it('sets no error for a field whose list of messages is empty or blank', () => {
    const form = renderProfile()
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form(),
        validation({ fields: { email: [], userName: ['', '  '], nickname: [] } }),
        { shouldFocus: false },
      )
    })
    expect(result.applied).toEqual([])
    expect(form().getFieldState('email').error).toBeUndefined()
    expect(form().getFieldState('userName').error).toBeUndefined()
    expect(result.root).toBe('Check the form and try again.')
  })

  it('applies nothing for a value that is not an ApiError, or an error with nothing for a form', () => {
    const form = renderProfile()
    const serverError = validation({ kind: 'server', status: 500, code: 'http/500' })
    for (const value of [new Error('boom'), { fields: { email: ['x'] } }, undefined, serverError]) {
      let result!: ReturnType<typeof applyServerErrors>
      act(() => {
        result = applyServerErrors(form(), value)
      })
      expect(result).toMatchObject({ handled: false, applied: [], unmatched: [], root: undefined })
    }
    expect(form().getFieldState('email').error).toBeUndefined()
    expect(widenForm(form()).getFieldState('root.server').error).toBeUndefined()
  })

  // Regression: a 500 or a codebase error that carried messages had its text (a SQL error, a
  // message for developers) put on the form, where the user read it.
  it('puts nothing on the form for an error the user cannot fix, whatever messages it carries', () => {
    const form = renderProfile()
    const technical = [
      validation({
        kind: 'server',
        type: 'system',
        status: 500,
        formErrors: ['SQLSTATE 42P01: relation "users" does not exist'],
      }),
      validation({
        kind: 'permission',
        type: 'codebase',
        fields: { email: ['Scope data:write missing.'] },
      }),
    ]
    for (const error of technical) {
      let result!: ReturnType<typeof applyServerErrors>
      act(() => {
        result = applyServerErrors(form(), error)
      })
      expect(result).toMatchObject({ handled: false, applied: [], root: undefined })
    }
    expect(form().getFieldState('email').error).toBeUndefined()
    expect(widenForm(form()).getFieldState('root.server').error).toBeUndefined()
  })

  it('maps server paths with a rename table first, then a function such as snakeToCamel', () => {
    const form = renderProfile()
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form(),
        validation({ fields: { email_address: ['Bad email.'], user_name: ['Bad name.'] } }),
        { rename: { email_address: 'email' }, mapPath: snakeToCamel, shouldFocus: false },
      )
    })
    expect(result.applied).toEqual(['email', 'userName'])
    expect(form().getFieldState('email').error?.message).toBe('Bad email.')
    expect(form().getFieldState('userName').error?.message).toBe('Bad name.')
  })

  it('replaces the server errors of an earlier answer', () => {
    const form = renderProfile()
    act(() => {
      applyServerErrors(form(), validation({ fields: { email: ['Is taken.'], nickname: ['x'] } }), {
        shouldFocus: false,
      })
    })
    act(() => {
      applyServerErrors(form(), validation({ fields: { userName: ['Too short.'] } }), {
        shouldFocus: false,
      })
    })
    expect(form().getFieldState('email').error).toBeUndefined()
    expect(widenForm(form()).getFieldState('root.server').error).toBeUndefined()
    expect(form().getFieldState('userName').error?.message).toBe('Too short.')
  })
})

interface Delivery {
  date: string
  note: string
}

function DeliveryForm({
  onForm,
  showNote,
}: {
  onForm: (form: UseFormReturn<Delivery>) => void
  showNote: boolean
}) {
  const form = useForm<Delivery>({ defaultValues: { date: '2025-01-01', note: 'ring twice' } })
  onForm(form)
  return (
    <form>
      <Controller
        control={form.control}
        name="date"
        render={({ field }) => (
          <input aria-label="Date" value={field.value} onChange={field.onChange} ref={field.ref} />
        )}
      />
      {showNote && <input aria-label="Note" {...form.register('note')} />}
    </form>
  )
}

describe('applyServerErrors: which paths are fields', () => {
  it('counts a Controller as a field, and a field that was unmounted as unknown', () => {
    let form!: UseFormReturn<Delivery>
    const { rerender } = render(<DeliveryForm onForm={(f) => (form = f)} showNote />)
    rerender(<DeliveryForm onForm={(f) => (form = f)} showNote={false} />)
    expect(form.getValues('note')).toBe('ring twice')
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form,
        validation({ fields: { date: ['Too soon.'], note: ['Too long.'] } }),
        { shouldFocus: false },
      )
    })
    expect(result.applied).toEqual(['date'])
    expect(result.unmatched).toEqual(['note'])
    expect(form.getFieldState('date').error?.message).toBe('Too soon.')
    expect(widenForm(form).getFieldState('root.server').error?.message).toBe('Too long.')
  })

  it('lets hasField decide instead of the registration check', () => {
    const form = renderProfile()
    let result!: ReturnType<typeof applyServerErrors>
    act(() => {
      result = applyServerErrors(
        form(),
        validation({ fields: { email: ['Is taken.'], secret: ['Wrong.'] } }),
        {
          hasField: (path) => path === 'secret',
          shouldFocus: false,
        },
      )
    })
    expect(result.applied).toEqual(['secret'])
    expect(result.unmatched).toEqual(['email'])
  })
})
