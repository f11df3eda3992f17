import { snakeToCamel } from './snakeToCamel.js'

describe('snakeToCamel', () => {
  it('maps each segment of a dotted path', () => {
    expect(snakeToCamel('user_name.first_name')).toBe('userName.firstName')
    expect(snakeToCamel('line_items.2.unit_price')).toBe('lineItems.2.unitPrice')
  })

  it('keeps leading underscores, indexes and names already in camelCase', () => {
    expect(snakeToCamel('_id')).toBe('_id')
    expect(snakeToCamel('items.10.price')).toBe('items.10.price')
    expect(snakeToCamel('firstName')).toBe('firstName')
    expect(snakeToCamel('address_line_2')).toBe('addressLine2')
  })
})
