import { getFieldA11yProps } from './getFieldA11yProps.js'

describe('getFieldA11yProps', () => {
  it('describes the input by its error only while it is invalid, after any hint', () => {
    expect(getFieldA11yProps('email', false, { describedBy: 'hint' })).toEqual({
      id: 'email',
      'aria-invalid': undefined,
      'aria-describedby': 'hint',
    })
    expect(getFieldA11yProps('email', true, { describedBy: 'hint' })).toEqual({
      id: 'email',
      'aria-invalid': true,
      'aria-describedby': 'hint email-error',
    })
  })

  it('takes the error itself: one without a message makes the input invalid, not described', () => {
    expect(getFieldA11yProps('email', { type: 'required', message: '' })).toEqual({
      id: 'email',
      'aria-invalid': true,
      'aria-describedby': undefined,
    })
    expect(getFieldA11yProps('email', { type: 'server', message: 'Is taken.' })).toEqual({
      id: 'email',
      'aria-invalid': true,
      'aria-describedby': 'email-error',
    })
    expect(getFieldA11yProps('email', undefined)['aria-invalid']).toBeUndefined()
  })
})
