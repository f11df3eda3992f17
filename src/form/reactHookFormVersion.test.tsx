import { act, render } from '@testing-library/react'
import * as rhf from 'react-hook-form'
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form'
import rhfPackage from 'react-hook-form/package.json'
import { isFieldArrayName, isRegisteredField } from './formInternals.js'

// The form tests run on the newest react-hook-form 7.x (`dom`) and on 7.55, the oldest
// supported (`dom-rhf755`): this pins which one each project really loaded.
describe('react-hook-form under test', () => {
  it('is the version the project names', () => {
    const expected = process.env.EXPECTED_RHF_VERSION
    if (expected) expect(rhfPackage.version).toBe(expected)
    else expect(rhfPackage.version.startsWith('7.')).toBe(true)
    // The module the form layer imports is that version too: `Watch` came after 7.55.
    expect('Watch' in rhf).toBe(expected !== '7.55.0')
  })

  it('still answers the private reads formInternals makes (fields, field arrays)', () => {
    let form!: UseFormReturn<{ email: string; tags: { name: string }[] }>
    function Form() {
      form = useForm({ defaultValues: { email: '', tags: [{ name: 'a' }] } })
      const { fields } = useFieldArray({ control: form.control, name: 'tags' })
      return (
        <form>
          <input {...form.register('email')} />
          {fields.map((field, index) => (
            <input key={field.id} {...form.register(`tags.${index}.name`)} />
          ))}
        </form>
      )
    }
    render(<Form />)
    act(() => {})
    const any = form as never
    expect(isRegisteredField(any, 'email')).toBe(true)
    expect(isRegisteredField(any, 'tags.0.name')).toBe(true)
    expect(isRegisteredField(any, 'password')).toBe(false)
    expect(isFieldArrayName(any, 'tags')).toBe(true)
    expect(isFieldArrayName(any, 'email')).toBe(false)
  })
})
