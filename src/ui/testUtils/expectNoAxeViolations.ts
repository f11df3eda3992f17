import axe from 'axe-core'

/** Runs axe on `node` and fails with the rule ids and targets of any violation. */
export async function expectNoAxeViolations(node: Element): Promise<void> {
  const { violations } = await axe.run(node)
  const found = violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found).toEqual([])
}
