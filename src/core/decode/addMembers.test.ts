import { addMembers } from './addMembers.js'
import { createFieldCollector } from './fieldPaths.js'

describe('addMembers', () => {
  it('adds each member as a field, its value as the messages', () => {
    const collector = createFieldCollector()
    addMembers(collector, { email: ['Taken.', 'Too long.'], 'items[0].name': 'Required.' })
    expect(collector.result().fields).toEqual({
      email: ['Taken.', 'Too long.'],
      'items.0.name': ['Required.'],
    })
  })

  it('maps keys with toPath; an empty path goes to the form', () => {
    const collector = createFieldCollector()
    addMembers(collector, { $: 'Bad body.', '$.name': 'Required.' }, (key) =>
      key.replace(/^\$\.?/, ''),
    )
    expect(collector.result()).toEqual({
      fields: { name: ['Required.'] },
      formErrors: ['Bad body.'],
    })
  })

  it('adds nothing for a list or a non-object, and at most 200 members', () => {
    const collector = createFieldCollector()
    addMembers(collector, ['Bad.'])
    addMembers(collector, 'Bad.')
    expect(collector.result()).toEqual({ fields: undefined, formErrors: undefined })
    addMembers(collector, Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, 'x'])))
    expect(Object.keys(collector.result().fields ?? {})).toHaveLength(200)
  })
})
