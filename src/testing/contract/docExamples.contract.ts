import type { ContractHarness } from './harness.js'

/** The error bodies the bkend and Backstack docs print, answered as printed. */
export function docExamplesContract(h: ContractHarness): void {
  it("answers a wrong password with bkend's documented body, byte for byte", async () => {
    await h.start()
    const response = await h.call('/v1/auth/email/signin', {
      body: { email: 'demo@example.com', password: 'wrong-password' },
    })
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe(
      '{"success":false,"error":{"code":"auth/invalid-credentials","message":"Invalid email or password"}}',
    )
  })
}
